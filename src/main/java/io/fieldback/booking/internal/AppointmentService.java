package io.fieldback.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.AppointmentView;
import io.fieldback.booking.BookingChanged;
import io.fieldback.booking.FreeSlot;
import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentService;
import io.fieldback.maintenance.DueItemView;
import io.fieldback.maintenance.DueState;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.security.Caller;
import io.fieldback.visit.VisitRequest;
import io.fieldback.visit.VisitService;
import io.fieldback.visit.VisitType;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Booking a slot, holds, and the appointment's life until its visit is done. */
@ApplicationScoped
class AppointmentService {

    /** List filters of GET /appointments; the window is on startsAt, from inclusive, to exclusive. */
    record Criteria(UUID stationId, UUID dealerId, AppointmentStatus status, Instant from, Instant to, UUID equipmentId) {
    }

    private final Caller caller;
    private final CapacityService capacity;
    private final EquipmentService equipment;
    private final CustomerService customers;
    private final MaintenancePlans plans;
    private final DomainEvents events;
    private final BookingConfig config;
    private final TimeSource time;
    private final VisitService visits;

    AppointmentService(Caller caller, CapacityService capacity, EquipmentService equipment, CustomerService customers,
            MaintenancePlans plans, DomainEvents events, BookingConfig config, TimeSource time, VisitService visits) {
        this.visits = visits;
        this.caller = caller;
        this.capacity = capacity;
        this.equipment = equipment;
        this.customers = customers;
        this.plans = plans;
        this.events = events;
        this.config = config;
        this.time = time;
    }

    @Transactional
    public AppointmentView book(BookRequest r) {
        UUID dealerId = stationFor(r.stationId());
        CustomerView customer = machineOwner(r.equipmentId(), dealerId);
        SlotCalendar.Slot slot = bookableSlot(r.stationId(), r.startsAt());
        boolean hold = Boolean.TRUE.equals(r.hold());
        if (hold && Appointment.count("holder = ?1 and status = ?2 and holdUntil > ?3", caller.name(),
                AppointmentStatus.HELD, time.now()) >= config.maxHoldsPerHolder()) {
            throw new ApiException(422, "hold-limit", "Too many holds", "you already hold " + config.maxHoldsPerHolder()
                    + " slots: confirm or cancel one first", null);
        }
        takePlace(r.stationId(), slot.startsAt());
        Appointment a = new Appointment();
        a.id = UuidV7.next();
        a.stationId = r.stationId();
        a.dealerId = dealerId;
        a.customerId = customer.id();
        a.equipmentId = r.equipmentId();
        a.startsAt = slot.startsAt();
        a.endsAt = slot.endsAt();
        a.holder = caller.name();
        a.bookedAt = time.now();
        a.dueItemId = dueItem(r);
        a.status = hold ? AppointmentStatus.HELD : AppointmentStatus.CONFIRMED;
        a.holdUntil = hold ? time.now().plus(config.holdFor()) : null;
        a.persist();
        if (!hold) {
            confirmed(a);
        }
        Appointment.flush();
        return a.view();
    }

    @Transactional
    public AppointmentView confirm(UUID id) {
        Appointment a = lockVisible(id);
        if (a.holdExpired(time.now())) {
            throw ApiException.conflict("the hold ran out at " + a.holdUntil + ": book the slot again");
        }
        a.moveTo(AppointmentStatus.CONFIRMED);
        a.holdUntil = null;
        confirmed(a);
        Appointment.flush();
        return a.view();
    }

    @Transactional
    public AppointmentView cancel(UUID id, String reason) {
        Appointment a = lockVisible(id);
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

    @Transactional
    public AppointmentView reschedule(UUID id, Instant startsAt) {
        Appointment old = lockVisible(id);
        if (old.status == AppointmentStatus.CONFIRMED) {
            requireBeforeCutOff(old);
        }
        SlotCalendar.Slot slot = bookableSlot(old.stationId, startsAt);
        old.moveTo(AppointmentStatus.RESCHEDULED);
        takePlace(old.stationId, slot.startsAt());
        SlotLedger.release(old.stationId, old.startsAt, 1);
        Appointment a = new Appointment();
        a.id = UuidV7.next();
        a.stationId = old.stationId;
        a.dealerId = old.dealerId;
        a.customerId = old.customerId;
        a.equipmentId = old.equipmentId;
        a.dueItemId = old.dueItemId;
        a.startsAt = slot.startsAt();
        a.endsAt = slot.endsAt();
        a.holder = caller.name();
        a.bookedAt = time.now();
        a.status = AppointmentStatus.CONFIRMED;
        a.persist();
        old.rescheduledTo = a.id;
        if (a.dueItemId != null) {
            plans.releaseBooking(a.dueItemId, old.id);
            plans.markBooked(a.dueItemId, a.id, a.stationId);
        }
        changed(old, AppointmentStatus.CONFIRMED, "rescheduled to " + a.startsAt);
        confirmed(a);
        Appointment.flush();
        return a.view();
    }

    @Transactional
    public AppointmentView noShow(UUID id) {
        Appointment a = lockVisible(id);
        if (time.now().isBefore(a.startsAt)) {
            throw ApiException.conflict("the appointment starts at " + a.startsAt + ": not a no-show yet");
        }
        a.moveTo(AppointmentStatus.NO_SHOW);
        if (a.dueItemId != null) {
            plans.releaseBooking(a.dueItemId, a.id);
        }
        changed(a, AppointmentStatus.CONFIRMED, null);
        Appointment.flush();
        return a.view();
    }

    /** The customer arrived: CHECKED_IN, and the maintenance visit is opened through the visit feature. */
    @Transactional
    public AppointmentView checkIn(UUID id) {
        Appointment a = lockVisible(id);
        LocalDate day = a.startsAt.atZone(config.timeZone()).toLocalDate();
        if (a.status == AppointmentStatus.CONFIRMED && LocalDate.ofInstant(time.now(), config.timeZone()).isBefore(day)) {
            throw ApiException.conflict("check-in opens on the appointment's day, " + day);
        }
        a.moveTo(AppointmentStatus.CHECKED_IN);
        a.visitId = UuidV7.next();
        visits.put(a.visitId, new VisitRequest(a.customerId, a.equipmentId, a.stationId, VisitType.MAINTENANCE,
                "maintenance appointment " + a.id, null, null, null, null, null, null, null, null, time.now(), null), null);
        changed(a, AppointmentStatus.CONFIRMED, null);
        Appointment.flush();
        return a.view();
    }

    /** Its visit was completed: the appointment is done (the maintenance feature closes the due item). */
    @Transactional
    public void visitCompleted(UUID visitId) {
        Appointment a = Appointment.find("visitId", visitId).firstResult();
        if (a != null && a.status == AppointmentStatus.CHECKED_IN) {
            a.moveTo(AppointmentStatus.COMPLETED);
            changed(a, AppointmentStatus.CHECKED_IN, null);
        }
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

    /**
     * Takes a place in the slot or answers 409 naming the next free slots. The slot's row is locked first,
     * so the expired holds released here are released once, however many bookers arrive together.
     */
    private void takePlace(UUID stationId, Instant startsAt) {
        SlotLedger.ensureRow(stationId, startsAt);
        SlotLedger.lock(stationId, startsAt);
        SlotLedger.expireHolds(stationId, startsAt, time.now());
        SlotCalendar calendar = capacity.calendar(stationId);
        if (!SlotLedger.take(stationId, startsAt, calendar.bays())) {
            LocalDate day = startsAt.atZone(config.timeZone()).toLocalDate();
            List<FreeSlot> next = capacity.free(stationId, calendar, day, day.plusDays(config.maxDays() - 1), null)
                    .stream().filter(s -> s.startsAt().isAfter(startsAt)).limit(3).toList();
            throw new ApiException(409, "slot-full", "Slot full", "the slot at " + startsAt + " is full; next free: "
                    + (next.isEmpty() ? "none in the next " + config.maxDays() + " days"
                            : next.stream().map(s -> s.startsAt().toString()).toList()), null);
        }
    }

    private SlotCalendar.Slot bookableSlot(UUID stationId, Instant startsAt) {
        SlotCalendar calendar = capacity.calendar(stationId);
        if (calendar == null) {
            throw new ApiException(422, "no-capacity", "Station takes no bookings",
                    "station " + stationId + " has no opening hours and bays set (PUT …/capacity)", null);
        }
        if (!startsAt.isAfter(time.now())) {
            throw new ApiException(422, "slot-in-past", "Slot in the past", "startsAt " + startsAt + " has passed", null);
        }
        SlotCalendar.Slot slot = calendar.slotAt(startsAt);
        if (slot == null) {
            throw new ApiException(422, "not-a-slot", "Outside opening hours", "startsAt " + startsAt
                    + " is not the start of a slot of this station (outside opening hours, on a closure, or off the "
                    + calendar.slotMinutes() + "-minute grid); GET …/free-slots lists them", null);
        }
        return slot;
    }

    private UUID stationFor(UUID stationId) {
        try {
            return capacity.visibleStation(stationId);
        } catch (ApiException e) {
            throw ApiException.badRequest("stationId", "no station with this id");
        }
    }

    /** The machine's owner, when the caller may see it; a machine of another dealer's customer is refused. */
    private CustomerView machineOwner(UUID equipmentId, UUID stationDealer) {
        UUID owner = equipment.ownerOf(equipmentId);
        if (owner == null || !customers.isVisible(owner)) {
            throw ApiException.badRequest("equipmentId", "no equipment with this id");
        }
        CustomerView customer = customers.find(owner);
        if (customer.dealerId() != null && !customer.dealerId().equals(stationDealer)) {
            throw new ApiException(422, "machine-of-another-dealer", "Machine of another dealer",
                    "the machine's customer is served by another dealer than this station's", null);
        }
        return customer;
    }

    private UUID dueItem(BookRequest r) {
        if (r.dueItemId() != null) {
            DueItemView item = plans.find(r.dueItemId()).filter(i -> i.equipmentId().equals(r.equipmentId()))
                    .orElseThrow(() -> ApiException.badRequest("dueItemId", "no due item with this id for this machine"));
            return item.id();
        }
        return plans.openItemOf(r.equipmentId()).filter(i -> i.state() != DueState.BOOKED).map(DueItemView::id)
                .orElse(null);
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
            changed(a, before, a.cancelReason);
        }
    }

    private void confirmed(Appointment a) {
        if (a.dueItemId != null) {
            plans.markBooked(a.dueItemId, a.id, a.stationId);
        }
        events.record(BookingChanged.CONFIRMED, a.id, a.dealerId, new BookingChanged(a.id, a.customerId, a.equipmentId,
                a.stationId, a.startsAt, a.status, AppointmentStatus.HELD, null));
    }

    private void changed(Appointment a, AppointmentStatus before, String reason) {
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

    private Appointment lockVisible(UUID id) {
        RowLocks.lock("appointments", id);
        return visible(id);
    }
}
