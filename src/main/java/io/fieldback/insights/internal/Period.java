package io.fieldback.insights.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fieldback.common.ApiException;

/**
 * A span of whole calendar days in the figures' time zone, {@code first} to {@code last} inclusive, and
 * the instants that bound it ({@code from} inclusive, {@code to} exclusive) for timestamp columns.
 */
record Period(String label, LocalDate first, LocalDate last, Instant from, Instant to) {

    /** Longest span a report may cover, so one request cannot ask for centuries. */
    static final long MAX_DAYS = 3700;
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    static Period of(String label, LocalDate first, LocalDate last, ZoneId zone) {
        return new Period(label, first, last, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The day after the last, for DATE columns compared with {@code <}. */
    LocalDate end() {
        return last.plusDays(1);
    }

    static Period between(String from, String to, ZoneId zone) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw ApiException.badRequest("to", "must not be before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ApiException.badRequest("to", "a report covers at most " + MAX_DAYS + " days");
        }
        return of(first + "/" + last, first, last, zone);
    }

    /** An ISO week such as {@code 2026-W48}: Monday to Sunday. */
    static Period week(String week, ZoneId zone) {
        Matcher m = week == null ? null : WEEK.matcher(week);
        if (m == null || !m.matches()) {
            throw ApiException.badRequest("week", "'" + week + "' is not an ISO week such as 2026-W48");
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        LocalDate probe = LocalDate.of(year, 6, 1);
        if (number < 1 || number > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw ApiException.badRequest("week", year + " has no week " + number);
        }
        LocalDate monday = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        return weekOf(monday, zone);
    }

    static Period weekOf(LocalDate day, ZoneId zone) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return of(label(monday), monday, monday.plusDays(6), zone);
    }

    static String label(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    Period previousWeek(ZoneId zone) {
        return weekOf(first.minusWeeks(1), zone);
    }

    /** The whole weeks or months that contain this period, in order. */
    List<Period> buckets(Granularity granularity, ZoneId zone) {
        List<Period> buckets = new ArrayList<>();
        if (granularity == Granularity.WEEK) {
            for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                buckets.add(weekOf(monday, zone));
            }
        } else {
            for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
                buckets.add(of(month.toString(), month.atDay(1), month.atEndOfMonth(), zone));
            }
        }
        return buckets;
    }

    enum Granularity {
        WEEK, MONTH;

        static Granularity parse(String value) {
            if (value == null || value.isBlank() || value.equals("week")) {
                return WEEK;
            }
            if (value.equals("month")) {
                return MONTH;
            }
            throw ApiException.badRequest("granularity", "'" + value + "' is not week or month");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field, "required, as a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a date YYYY-MM-DD");
        }
    }
}
