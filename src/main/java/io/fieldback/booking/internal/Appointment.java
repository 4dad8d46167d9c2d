package io.fieldback.booking.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.AppointmentView;
import io.fieldback.common.ApiException;
import io.fieldback.common.BaseEntity;
import io.fieldback.common.UuidV7;

/** A machine's booked slot at a station. */
@Entity
@Table(name = "appointments")
class Appointment extends BaseEntity {

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "equipment_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Column(name = "due_item_id", columnDefinition = "BINARY(16)")
    public UUID dueItemId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public AppointmentStatus status;

    @Column(nullable = false, length = 200)
    public String holder;

    @Column(name = "hold_until")
    public Instant holdUntil;

    @Column(name = "visit_id", columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Column(name = "rescheduled_to", columnDefinition = "BINARY(16)")
    public UUID rescheduledTo;

    @Column(name = "cancel_reason", length = 500)
    public String cancelReason;

    @Column(name = "booked_at", nullable = false)
    public Instant bookedAt;

    /** A new appointment of a customer's machine in a slot, booked now by {@code holder}; not yet persisted. */
    static Appointment inSlot(SlotCalendar.Slot slot, UUID stationId, UUID dealerId, UUID customerId, UUID equipmentId,
            String holder, Instant now) {
        Appointment a = new Appointment();
        a.id = UuidV7.next();
        a.stationId = stationId;
        a.dealerId = dealerId;
        a.customerId = customerId;
        a.equipmentId = equipmentId;
        a.startsAt = slot.startsAt();
        a.endsAt = slot.endsAt();
        a.holder = holder;
        a.bookedAt = now;
        return a;
    }

    /** Moves to a next state or refuses with 409 naming the allowed ones. */
    void moveTo(AppointmentStatus target) {
        if (!status.next().contains(target)) {
            throw new ApiException(409, "illegal-transition", "Illegal transition", "a " + status
                    + " appointment cannot become " + target + "; allowed next states: "
                    + (status.next().isEmpty() ? "none" : status.next()), null);
        }
        status = target;
    }

    boolean holdExpired(Instant now) {
        return status == AppointmentStatus.HELD && holdUntil != null && !holdUntil.isAfter(now);
    }

    AppointmentView view() {
        return new AppointmentView(id, stationId, dealerId, customerId, equipmentId, dueItemId, startsAt, endsAt, status,
                holdUntil, visitId, rescheduledTo, cancelReason, bookedAt, version, createdAt, updatedAt);
    }
}
