package io.fieldback.booking.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.AppointmentView;
import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Holds: a slot kept for a few minutes while the call centre talks to the customer, then confirmed or let go. */
@ApplicationScoped
class HoldService {

    private final Caller caller;
    private final AppointmentStore store;
    private final BookingConfig config;
    private final TimeSource time;

    HoldService(Caller caller, AppointmentStore store, BookingConfig config, TimeSource time) {
        this.caller = caller;
        this.store = store;
        this.config = config;
        this.time = time;
    }

    /**
     * 422 when the caller already holds as many unexpired slots as allowed. The caller's row is locked first
     * (until the booking commits), so parallel hold requests of one caller are counted one after the other.
     */
    void requireRoomForAHold() {
        lockHolder(caller.name());
        if (Appointment.count("holder = ?1 and status = ?2 and holdUntil > ?3", caller.name(),
                AppointmentStatus.HELD, time.now()) >= config.maxHoldsPerHolder()) {
            throw new ApiException(422, "hold-limit", "Too many holds", "you already hold " + config.maxHoldsPerHolder()
                    + " slots: confirm or cancel one first", null);
        }
    }

    /**
     * Makes the caller's holder row before the booking's transaction, in one of its own (as SlotLedger.ensureRow:
     * first-time holders racing on the insert inside theirs would deadlock, and see SlotPlacement.prepare).
     */
    void prepare() {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("INSERT IGNORE INTO booking_holders (holder) VALUES (?1)").setParameter(1, caller.name())
                .executeUpdate());
    }

    private void lockHolder(String holder) {
        if (!lockedHolder(holder)) {
            prepare();
            lockedHolder(holder);
        }
    }

    private static boolean lockedHolder(String holder) {
        return !Panache.getEntityManager().createNativeQuery("SELECT holder FROM booking_holders WHERE holder = ?1 "
                + "FOR UPDATE").setParameter(1, holder).getResultList().isEmpty();
    }

    /** Makes a new appointment a hold that runs out after the configured time. */
    void hold(Appointment a) {
        a.status = AppointmentStatus.HELD;
        a.holdUntil = time.now().plus(config.holdFor());
    }

    @Transactional
    public AppointmentView confirm(UUID id) {
        Appointment a = store.lockVisible(id);
        if (a.holdExpired(time.now())) {
            throw ApiException.conflict("the hold ran out at " + a.holdUntil + ": book the slot again");
        }
        a.moveTo(AppointmentStatus.CONFIRMED);
        a.holdUntil = null;
        store.confirmed(a);
        Appointment.flush();
        return a.view();
    }

    /** Releases the places of holds that ran out, slot by slot; any instance may run it. Returns how many. */
    public int expireHolds() {
        List<Object[]> slots = Appointment.find("select distinct a.stationId, a.startsAt from Appointment a "
                + "where a.status = ?1 and a.holdUntil <= ?2", AppointmentStatus.HELD, time.now()).project(Object[].class).list();
        int n = 0;
        for (Object[] slot : slots) {
            n += QuarkusTransaction.requiringNew().call(() -> {
                SlotLedger.lock((UUID) slot[0], (Instant) slot[1]);
                return SlotLedger.expireHolds((UUID) slot[0], (Instant) slot[1], time.now());
            });
        }
        return n;
    }
}
