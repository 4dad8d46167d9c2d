package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.maintenance.DueItemView;
import io.fieldback.maintenance.DueState;
import io.fieldback.maintenance.DueTrigger;
import io.fieldback.visit.MeterUnit;

/** The next service of one machine: when it falls due, and how it ended. */
@Entity
@Table(name = "maintenance_due_items")
class DueItem extends BaseEntity {

    @Column(name = "equipment_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "station_id", columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "rule_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID ruleId;

    @Column(name = "sequence_no", nullable = false)
    public int sequence;

    @Column(name = "date_due")
    public LocalDate dateLimit;

    @Column(name = "meter_due")
    public Integer meterLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "meter_unit", length = 8)
    public MeterUnit meterUnit;

    @Column(name = "meter_due_estimated")
    public LocalDate meterEstimated;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_trigger", nullable = false, length = 8)
    public DueTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DueState state;

    @Column(name = "waive_reason", length = 500)
    public String waiveReason;

    @Column(name = "appointment_id", columnDefinition = "BINARY(16)")
    public UUID appointmentId;

    @Column(name = "closed_by_visit_id", columnDefinition = "BINARY(16)")
    public UUID closedByVisitId;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    static DueItem openOf(UUID equipmentId) {
        return find("equipmentId = ?1 and state not in ?2 order by sequence desc", equipmentId,
                java.util.List.of(DueState.DONE, DueState.WAIVED)).firstResult();
    }

    static DueItem lastOf(UUID equipmentId) {
        return find("equipmentId = ?1 order by sequence desc", equipmentId).firstResult();
    }

    /** Applies a forecast; the state follows the dates unless the item is booked or closed. */
    void apply(Forecast.Due due, LocalDate today, DueWindows windows) {
        dateLimit = due.dateLimit();
        meterLimit = due.meterLimit();
        meterUnit = due.meterUnit();
        meterEstimated = due.meterEstimated();
        dueDate = due.dueDate();
        trigger = due.trigger();
        if (state == null || state == DueState.UPCOMING || state == DueState.DUE || state == DueState.OVERDUE) {
            state = windows.stateOn(dueDate, today);
        }
    }

    /** What a forecast sets: the nightly pass writes an item only when these changed. */
    java.util.List<Object> forecastFields() {
        return java.util.Arrays.asList(ruleId, dateLimit, meterLimit, meterUnit, meterEstimated, dueDate, trigger, state);
    }

    DueItemView view() {
        return new DueItemView(id, equipmentId, customerId, dealerId, stationId, ruleId, sequence, dueDate, trigger,
                dateLimit, meterLimit, meterUnit, meterEstimated, state, waiveReason, appointmentId, closedByVisitId,
                closedOn, version);
    }
}
