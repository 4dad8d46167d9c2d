package io.fieldback.dispatch.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.fieldback.dispatch.CapabilitiesView.Absence;
import io.fieldback.dispatch.CapabilitiesView.Certification;
import io.fieldback.dispatch.CapabilitiesView.Shift;
import io.fieldback.dispatch.CapabilitiesView.Skill;

/** The stored capabilities, and the questions the hard rules ask of them. */
record CapabilityDocument(List<Skill> skills, List<Certification> certifications, List<Shift> shifts,
        List<Absence> absences, Set<UUID> preferredCustomerIds, Set<UUID> restrictedCustomerIds) {

    static final CapabilityDocument NONE = new CapabilityDocument(List.of(), List.of(), List.of(), List.of(), Set.of(),
            Set.of());

    boolean hasSkill(String series) {
        return series == null || skills.stream().anyMatch(s -> s.productSeries().equalsIgnoreCase(series));
    }

    boolean certifiedOn(String series, LocalDate day) {
        return series == null || certifications.stream().anyMatch(c -> !c.validUntil().isBefore(day)
                && (c.productSeries() == null || c.productSeries().equalsIgnoreCase(series)));
    }

    boolean absentOn(LocalDate day) {
        return absences.stream().anyMatch(a -> !day.isBefore(a.from()) && !day.isAfter(a.to()));
    }

    /** The days (at most two weeks) whose shift overlaps the window. */
    List<LocalDate> shiftDaysWithin(Instant from, Instant to, ZoneId zone) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        return first.datesUntil(last.plusDays(1)).limit(14)
                .filter(day -> shiftOn(day, zone) != null && overlaps(shiftOn(day, zone), from, to)).toList();
    }

    /** The shift of a day as instants, or null when there is none. */
    Instant[] shiftOn(LocalDate day, ZoneId zone) {
        DayOfWeek dow = day.getDayOfWeek();
        return shifts.stream().filter(s -> s.dayOfWeek() == dow).findFirst()
                .map(s -> new Instant[] { LocalDateTime.of(day, s.start()).atZone(zone).toInstant(),
                        LocalDateTime.of(day, s.end()).atZone(zone).toInstant() })
                .orElse(null);
    }

    private static boolean overlaps(Instant[] shift, Instant from, Instant to) {
        return shift[0].isBefore(to) && shift[1].isAfter(from);
    }
}
