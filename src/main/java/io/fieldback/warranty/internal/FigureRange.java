package io.fieldback.warranty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.fieldback.common.ApiException;

/** The months a figure covers, both included: {@code from} and {@code to} as YYYY-MM, at most ten years. */
record FigureRange(YearMonth from, YearMonth to) {

    static FigureRange of(String from, String to) {
        YearMonth first = parse("from", from);
        YearMonth last = parse("to", to);
        if (last.isBefore(first)) {
            throw ApiException.badRequest("to", "must not be before from (" + first + ")");
        }
        if (first.plusYears(10).isBefore(last.plusMonths(1))) {
            throw ApiException.badRequest("to", "a figure covers at most 120 months");
        }
        return new FigureRange(first, last);
    }

    static YearMonth parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(field, "is required, as YYYY-MM");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + text + "' is not a month as YYYY-MM");
        }
        if (month.getYear() < 1990 || month.getYear() > 9998) {
            throw ApiException.badRequest(field, "'" + text + "' is not a month between 1990 and 9998");
        }
        return month;
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    String fromText() {
        return from.toString();
    }

    String toText() {
        return to.toString();
    }
}
