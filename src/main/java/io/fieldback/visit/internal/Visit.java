package io.fieldback.visit.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.visit.MeterUnit;
import io.fieldback.visit.Outcome;
import io.fieldback.visit.PartRequest;
import io.fieldback.visit.VisitSource;
import io.fieldback.visit.VisitStatus;
import io.fieldback.visit.VisitType;

/**
 * One service event at a customer: a technician's work order and a dealer's repair order are the same
 * record. Its status and times are derived from its timeline ({@link VisitEvent}), never set directly.
 */
@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "equipment_id", columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID stationId;

    /** The station's dealer, kept here so dealer scoping and repair-order numbers need no join. */
    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public VisitType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitStatus status = VisitStatus.REQUESTED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitSource source;

    @Column(name = "repair_order_number", length = 40)
    public String repairOrderNumber;

    @Column(name = "fault_reported", length = 2000)
    public String faultReported;

    @Column(length = 2000)
    public String diagnosis;

    @Column(name = "work_done", length = 4000)
    public String workDone;

    @Column(name = "labour_hours", precision = 7, scale = 2)
    public BigDecimal labourHours;

    @Column(name = "cost_amount", precision = 14, scale = 2)
    public BigDecimal costAmount;

    @Column(name = "cost_currency", length = 3)
    public String costCurrency;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Outcome outcome;

    @Column(name = "meter_reading")
    public Integer meterReading;

    @Enumerated(EnumType.STRING)
    @Column(name = "meter_unit", length = 8)
    public MeterUnit meterUnit;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    public String cancelReason;

    /** The dealer system's own updatedAt of the last repair-order version applied; older versions are stale. */
    @Column(name = "dealer_updated_at")
    public Instant dealerUpdatedAt;

    /**
     * When the record's details (fault, diagnosis, parts, cost...) last changed, by the clock of whoever
     * changed them; a dealer's version only replaces details older than itself.
     */
    @Column(name = "details_updated_at")
    public Instant detailsUpdatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_technicians", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "technician_id", nullable = false, columnDefinition = "BINARY(16)")
    public Set<UUID> technicianIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_parts", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    public List<UsedPart> parts = new ArrayList<>();

    /** Replaces the parts sent with the record; parts logged by timeline events stay. */
    public void replaceOwnParts(List<PartRequest> sent) {
        parts.removeIf(p -> p.sourceEventId == null);
        List<UsedPart> own = sent == null ? List.of() : sent.stream().map(p -> {
            UsedPart part = new UsedPart();
            part.partNumber = p.partNumber();
            part.quantity = p.quantity();
            part.billing = p.billing();
            part.usedPartReturned = Boolean.TRUE.equals(p.usedPartReturned());
            return part;
        }).toList();
        parts.addAll(0, own);
    }

    /** Minutes from request to arrival on site: the service promise customers feel. */
    public Long responseMinutes() {
        if (arrivedAt == null || requestedAt == null) {
            return null;
        }
        return java.time.Duration.between(requestedAt, arrivedAt).toMinutes();
    }
}
