package io.fieldback.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The slots a station's weekly hours give on given days, minus closures. Pure. */
record SlotCalendar(int slotMinutes, int bays, List<CapacityRequest.Opening> hours, Set<LocalDate> closed, ZoneId zone) {

    record Slot(Instant startsAt, Instant endsAt) {
    }

    /** Sorted once: the opening ranges are walked per day, in time order. */
    SlotCalendar {
        hours = hours.stream().sorted(Comparator.comparing(CapacityRequest.Opening::day)
                .thenComparing(CapacityRequest.Opening::opens)).toList();
    }

    /** Slots starting from {@code from} to {@code to} inclusive (local days), in time order. */
    List<Slot> slots(LocalDate from, LocalDate to) {
        List<Slot> slots = new ArrayList<>();
        walk(from, to, slots::add);
        return slots;
    }

    /**
     * Gives the slots from {@code from} to {@code to} in time order to {@code more} until it answers false: a search
     * that needs the first few free slots of a month does not build the month's thousands.
     */
    void walk(LocalDate from, LocalDate to, Predicate<Slot> more) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (CapacityRequest.Opening h : hours) {
                if (h.day() == day.getDayOfWeek() && !walkRange(day, h.opens(), h.closes(), more)) {
                    return;
                }
            }
        }
    }

    private boolean walkRange(LocalDate day, LocalTime opens, LocalTime closes, Predicate<Slot> more) {
        for (LocalTime t = opens; !t.plusMinutes(slotMinutes).isAfter(closes) && !t.plusMinutes(slotMinutes).isBefore(t);
                t = t.plusMinutes(slotMinutes)) {
            Slot slot = new Slot(day.atTime(t).atZone(zone).toInstant(),
                    day.atTime(t).plusMinutes(slotMinutes).atZone(zone).toInstant());
            if (!more.test(slot)) {
                return false;
            }
        }
        return true;
    }

    /** The slot starting exactly at this instant, or null when it is not a slot of this calendar. */
    Slot slotAt(Instant startsAt) {
        LocalDate day = startsAt.atZone(zone).toLocalDate();
        return slots(day, day).stream().filter(s -> s.startsAt().equals(startsAt)).findFirst().orElse(null);
    }
}
