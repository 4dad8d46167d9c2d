package io.fieldback.booking.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.AppointmentView;
import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.visit.VisitRequest;
import io.fieldback.visit.VisitService;
import io.fieldback.visit.VisitType;

/** The appointment's day: the customer checks in (a visit opens) or does not come, and the visit's completion. */
@ApplicationScoped
class CheckInService {

    private final AppointmentStore store;
    private final VisitService visits;
    private final MaintenancePlans plans;
    private final BookingConfig config;
    private final TimeSource time;

    CheckInService(AppointmentStore store, VisitService visits, MaintenancePlans plans, BookingConfig config,
            TimeSource time) {
        this.store = store;
        this.visits = visits;
        this.plans = plans;
        this.config = config;
        this.time = time;
    }

    /** The customer arrived: CHECKED_IN, and the maintenance visit is opened through the visit feature. */
    @Transactional
    public AppointmentView checkIn(UUID id) {
        Appointment a = store.lockVisible(id);
        LocalDate day = a.startsAt.atZone(config.timeZone()).toLocalDate();
        if (a.status == AppointmentStatus.CONFIRMED && LocalDate.ofInstant(time.now(), config.timeZone()).isBefore(day)) {
            throw ApiException.conflict("check-in opens on the appointment's day, " + day);
        }
        a.moveTo(AppointmentStatus.CHECKED_IN);
        a.visitId = UuidV7.next();
        visits.put(a.visitId, new VisitRequest(a.customerId, a.equipmentId, a.stationId, VisitType.MAINTENANCE,
                "maintenance appointment " + a.id, null, null, null, null, null, null, null, null, time.now(), null), null);
        store.changed(a, AppointmentStatus.CONFIRMED, null);
        Appointment.flush();
        return a.view();
    }

    @Transactional
    public AppointmentView noShow(UUID id) {
        Appointment a = store.lockVisible(id);
        if (time.now().isBefore(a.startsAt)) {
            throw ApiException.conflict("the appointment starts at " + a.startsAt + ": not a no-show yet");
        }
        a.moveTo(AppointmentStatus.NO_SHOW);
        if (a.dueItemId != null) {
            plans.releaseBooking(a.dueItemId, a.id);
        }
        store.changed(a, AppointmentStatus.CONFIRMED, null);
        Appointment.flush();
        return a.view();
    }

    /**
     * Their visits were completed: their appointments are done (the maintenance feature closes the due items). One
     * query for the whole batch: most completed visits have no appointment (only a check-in opens a visit with one).
     */
    @Transactional
    public int visitsCompleted(Collection<UUID> visitIds) {
        int done = 0;
        for (Appointment a : Appointment.<Appointment>list("visitId in ?1", visitIds)) {
            if (a.status == AppointmentStatus.CHECKED_IN) {
                a.moveTo(AppointmentStatus.COMPLETED);
                store.changed(a, AppointmentStatus.CHECKED_IN, null);
                done++;
            }
        }
        return done;
    }
}
