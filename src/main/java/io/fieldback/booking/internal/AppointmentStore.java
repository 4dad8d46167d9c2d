package io.fieldback.booking.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.AppointmentView;
import io.fieldback.booking.BookingChanged;
import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.security.Caller;

/**
 * Appointments as the caller may see them: read, locked for a change, and their confirmations and changes
 * recorded as events. Each step of the lifecycle (holds, booking, changes, check-in) goes through here.
 */
@ApplicationScoped
class AppointmentStore {

    /** List filters of GET /appointments; the window is on startsAt, from inclusive, to exclusive. */
    record Criteria(UUID stationId, UUID dealerId, AppointmentStatus status, Instant from, Instant to, UUID equipmentId) {
    }

    private final Caller caller;
    private final MaintenancePlans plans;
    private final DomainEvents events;

    AppointmentStore(Caller caller, MaintenancePlans plans, DomainEvents events) {
        this.caller = caller;
        this.plans = plans;
        this.events = events;
    }

    @Transactional
    public AppointmentView get(UUID id) {
        return visible(id).view();
    }

    @Transactional
    public Page<AppointmentView> list(Criteria c, PageParams paging) {
        Filter filter = new Filter().eq("e.stationId", c.stationId()).eq("e.dealerId", c.dealerId())
                .eq("e.status", c.status()).clause("e.startsAt >= :p", c.from()).clause("e.startsAt < :p", c.to())
                .eq("e.equipmentId", c.equipmentId())
                .eq("e.dealerId", caller.confinedToDealer()).eq("e.stationId", caller.confinedToStation());
        return Keyset.page(Appointment.class, filter, paging, Appointment::view);
    }

    /** The appointment, locked until the transaction ends; 404 when the caller may not see it. */
    Appointment lockVisible(UUID id) {
        RowLocks.lock("appointments", id);
        return visible(id);
    }

    /** Confirmed: its due item is booked, and the confirmation is announced. */
    void confirmed(Appointment a) {
        if (a.dueItemId != null) {
            plans.markBooked(a.dueItemId, a.id, a.stationId);
        }
        events.record(BookingChanged.CONFIRMED, a.id, a.dealerId, new BookingChanged(a.id, a.customerId, a.equipmentId,
                a.stationId, a.startsAt, a.status, AppointmentStatus.HELD, null));
    }

    void changed(Appointment a, AppointmentStatus before, String reason) {
        events.record(BookingChanged.CHANGED, a.id, a.dealerId, new BookingChanged(a.id, a.customerId, a.equipmentId,
                a.stationId, a.startsAt, a.status, before, reason));
    }

    private Appointment visible(UUID id) {
        Appointment a = Appointment.findById(id);
        if (a == null || !caller.canSeeStation(a.stationId, a.dealerId)) {
            throw ApiException.notFound("appointment " + id);
        }
        return a;
    }
}
