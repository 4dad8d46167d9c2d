package io.fieldback.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.booking.FreeSlot;
import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Which slot an instant is, and taking a place in it: shared by booking, holding and rescheduling. */
@ApplicationScoped
class SlotPlacement {

    private final CapacityService capacity;
    private final BookingConfig config;
    private final TimeSource time;

    SlotPlacement(CapacityService capacity, BookingConfig config, TimeSource time) {
        this.capacity = capacity;
        this.config = config;
        this.time = time;
    }

    /** A bookable slot and the calendar it was found in: taking a place reuses it rather than reading it again. */
    record Bookable(SlotCalendar calendar, SlotCalendar.Slot slot) {
    }

    /** The station's slot starting at this instant; 422 when the station takes no bookings, it is past or no slot. */
    Bookable bookableSlot(UUID stationId, Instant startsAt) {
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
        return new Bookable(calendar, slot);
    }

    /**
     * Takes a place in the slot or answers 409 naming the next free slots. The slot's row is locked first,
     * so the expired holds released here are released once, however many bookers arrive together.
     */
    void takePlace(UUID stationId, Bookable place) {
        Instant startsAt = place.slot().startsAt();
        if (!SlotLedger.lock(stationId, startsAt)) {
            // not prepared (see prepare): made here, its transaction holding a second connection meanwhile
            SlotLedger.ensureRow(stationId, startsAt);
            SlotLedger.lock(stationId, startsAt);
        }
        SlotLedger.expireHolds(stationId, startsAt, time.now());
        if (!SlotLedger.take(stationId, startsAt, place.calendar().bays())) {
            throw full(stationId, place.calendar(), startsAt);
        }
    }

    /**
     * Makes the slot's ledger row before the transaction that takes a place in it, when the slot is bookable
     * (nothing for one that is not: the booking answers why). Called outside any transaction: made inside the
     * booking's, each booker would hold its connection while asking the pool for a second one, and 30 bookers of
     * new slots at once (the pool's size) would wait for each other until the pool's timeout.
     */
    void prepare(UUID stationId, Instant startsAt) {
        Bookable place;
        try {
            place = QuarkusTransaction.requiringNew().call(() -> {
                if (SlotLedger.exists(stationId, startsAt)) {
                    return null; // the usual case once a slot has a booker: nothing to make, nothing more to read
                }
                capacity.visibleStation(stationId);
                return bookableSlot(stationId, startsAt);
            });
        } catch (ApiException e) {
            return;
        }
        if (place != null) {
            SlotLedger.ensureRow(stationId, place.slot().startsAt());
        }
    }

    private ApiException full(UUID stationId, SlotCalendar calendar, Instant startsAt) {
        LocalDate day = startsAt.atZone(config.timeZone()).toLocalDate();
        List<FreeSlot> next = capacity.freeAfter(stationId, calendar, day, day.plusDays(config.maxDays() - 1), startsAt, 3);
        return new ApiException(409, "slot-full", "Slot full", "the slot at " + startsAt + " is full; next free: "
                + (next.isEmpty() ? "none in the next " + config.maxDays() + " days"
                        : next.stream().map(s -> s.startsAt().toString()).toList()), null);
    }
}
