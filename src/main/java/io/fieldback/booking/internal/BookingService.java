package io.fieldback.booking.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.AppointmentView;
import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentService;
import io.fieldback.maintenance.DueItemView;
import io.fieldback.maintenance.DueState;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.security.Caller;

/** Booking a slot for a machine, confirmed at once or held (see {@link HoldService}). */
@ApplicationScoped
class BookingService {

    private final Caller caller;
    private final CapacityService capacity;
    private final SlotPlacement slots;
    private final HoldService holds;
    private final AppointmentStore store;
    private final EquipmentService equipment;
    private final CustomerService customers;
    private final MaintenancePlans plans;
    private final TimeSource time;

    BookingService(Caller caller, CapacityService capacity, SlotPlacement slots, HoldService holds, AppointmentStore store,
            EquipmentService equipment, CustomerService customers, MaintenancePlans plans, TimeSource time) {
        this.caller = caller;
        this.capacity = capacity;
        this.slots = slots;
        this.holds = holds;
        this.store = store;
        this.equipment = equipment;
        this.customers = customers;
        this.plans = plans;
        this.time = time;
    }

    /** What book needs made before its transaction, outside any (see SlotPlacement.prepare). */
    public void prepare(BookRequest r) {
        if (r.stationId() == null || r.startsAt() == null) {
            return;
        }
        slots.prepare(r.stationId(), r.startsAt());
        if (Boolean.TRUE.equals(r.hold())) {
            holds.prepare();
        }
    }

    @Transactional
    public AppointmentView book(BookRequest r) {
        UUID dealerId = stationFor(r.stationId());
        CustomerView customer = machineOwner(r.equipmentId(), dealerId);
        SlotPlacement.Bookable place = slots.bookableSlot(r.stationId(), r.startsAt());
        boolean hold = Boolean.TRUE.equals(r.hold());
        if (hold) {
            holds.requireRoomForAHold();
        }
        slots.takePlace(r.stationId(), place);
        Appointment a = Appointment.inSlot(place.slot(), r.stationId(), dealerId, customer.id(), r.equipmentId(), caller.name(),
                time.now());
        a.dueItemId = dueItem(r);
        a.status = AppointmentStatus.CONFIRMED;
        if (hold) {
            holds.hold(a);
        }
        a.persist();
        if (!hold) {
            store.confirmed(a);
        }
        Appointment.flush();
        return a.view();
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
}
