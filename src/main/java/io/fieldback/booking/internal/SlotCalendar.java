package io.fieldback.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The slots a station's weekly hours give on given days, minus closures. Pure. */
record SlotCalendar(int slotMinutes, int bays, List<CapacityRequest.Opening> hours, Set<LocalDate> closed, ZoneId zone) {

    record Slot(Instant startsAt, Instant endsAt) {
    }

    /** Slots starting from {@code from} to {@code to} inclusive (local days), in time order. */
    List<Slot> slots(LocalDate from, LocalDate to) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            LocalDate d = day;
            hours.stream().filter(h -> h.day() == d.getDayOfWeek())
                    .sorted(java.util.Comparator.comparing(CapacityRequest.Opening::opens))
                    .forEach(h -> addSlots(slots, d, h.opens(), h.closes()));
        }
        return slots;
    }

    private void addSlots(List<Slot> slots, LocalDate day, LocalTime opens, LocalTime closes) {
        for (LocalTime t = opens; !t.plusMinutes(slotMinutes).isAfter(closes) && !t.plusMinutes(slotMinutes).isBefore(t);
                t = t.plusMinutes(slotMinutes)) {
            slots.add(new Slot(day.atTime(t).atZone(zone).toInstant(),
                    day.atTime(t).plusMinutes(slotMinutes).atZone(zone).toInstant()));
        }
    }

    /** The slot starting exactly at this instant, or null when it is not a slot of this calendar. */
    Slot slotAt(Instant startsAt) {
        LocalDate day = startsAt.atZone(zone).toLocalDate();
        return slots(day, day).stream().filter(s -> s.startsAt().equals(startsAt)).findFirst().orElse(null);
    }
}
