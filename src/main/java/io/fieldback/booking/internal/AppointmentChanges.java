package io.fieldback.booking.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.AppointmentView;
import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Changes before the appointment: cancelling and rescheduling, both closed within the cut-off. */
@ApplicationScoped
class AppointmentChanges {

    private final Caller caller;
    private final SlotPlacement slots;
    private final AppointmentStore store;
    private final MaintenancePlans plans;
    private final BookingConfig config;
    private final TimeSource time;

    AppointmentChanges(Caller caller, SlotPlacement slots, AppointmentStore store, MaintenancePlans plans,
            BookingConfig config, TimeSource time) {
        this.caller = caller;
        this.slots = slots;
        this.store = store;
        this.plans = plans;
        this.config = config;
        this.time = time;
    }

    @Transactional
    public AppointmentView cancel(UUID id, String reason) {
        Appointment a = store.lockVisible(id);
        AppointmentStatus before = a.status;
        if (before == AppointmentStatus.CONFIRMED) {
            requireBeforeCutOff(a);
        }
        a.moveTo(AppointmentStatus.CANCELLED);
        a.cancelReason = reason;
        a.holdUntil = null;
        release(a, before);
        Appointment.flush();
        return a.view();
    }

    /** What reschedule needs made before its transaction, outside any (see SlotPlacement.prepare). */
    public void prepareReschedule(UUID id, Instant startsAt) {
        UUID stationId;
        try {
            stationId = QuarkusTransaction.requiringNew().call(() -> store.get(id).stationId());
        } catch (ApiException e) {
            return;
        }
        slots.prepare(stationId, startsAt);
    }

    /** The old appointment becomes RESCHEDULED and names the new, CONFIRMED one, which keeps its due item. */
    @Transactional
    public AppointmentView reschedule(UUID id, Instant startsAt) {
        Appointment old = store.lockVisible(id);
        if (old.status == AppointmentStatus.CONFIRMED) {
            requireBeforeCutOff(old);
        }
        SlotPlacement.Bookable place = slots.bookableSlot(old.stationId, startsAt);
        old.moveTo(AppointmentStatus.RESCHEDULED);
        slots.takePlace(old.stationId, place);
        SlotLedger.release(old.stationId, old.startsAt, 1);
        Appointment a = Appointment.inSlot(place.slot(), old.stationId, old.dealerId, old.customerId, old.equipmentId,
                caller.name(), time.now());
        a.dueItemId = old.dueItemId;
        a.status = AppointmentStatus.CONFIRMED;
        a.persist();
        old.rescheduledTo = a.id;
        if (a.dueItemId != null) {
            plans.releaseBooking(a.dueItemId, old.id);
        }
        store.changed(old, AppointmentStatus.CONFIRMED, "rescheduled to " + a.startsAt);
        store.confirmed(a);
        Appointment.flush();
        return a.view();
    }

    private void requireBeforeCutOff(Appointment a) {
        Instant cutOff = a.startsAt.minus(config.cancellationCutOff());
        if (time.now().isAfter(cutOff)) {
            throw ApiException.conflict("changes close " + config.cancellationCutOff().toHours()
                    + " hours before the appointment (at " + cutOff + ")");
        }
    }

    private void release(Appointment a, AppointmentStatus before) {
        SlotLedger.release(a.stationId, a.startsAt, 1);
        if (a.dueItemId != null && before == AppointmentStatus.CONFIRMED) {
            plans.releaseBooking(a.dueItemId, a.id);
        }
        if (before == AppointmentStatus.CONFIRMED) {
            store.changed(a, before, a.cancelReason);
        }
    }
}
