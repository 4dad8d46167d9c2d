package io.fieldback.booking.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.common.ApiException;
import io.fieldback.maintenance.DueFigures;
import io.fieldback.maintenance.MaintenancePlans;

/** One station's month: services due and done on time, overdue backlog, no-shows, lead time, utilisation. */
@ApplicationScoped
class BookingFigures {

    @Schema(name = "StationMonthFigures")
    record Figures(UUID stationId, String month,
            @Schema(description = "maintenance items of the station due in the month (waived left out)") long due,
            @Schema(description = "of those, closed by a visit by their due date (plus the overdue grace)") long doneOnTime,
            @Schema(description = "the station's OVERDUE items now") long overdueBacklog,
            @Schema(description = "appointments starting in the month that were kept or missed: CHECKED_IN, COMPLETED, NO_SHOW") long attended,
            long noShows,
            @Schema(description = "noShows / (attended), 4 decimals; null without appointments", nullable = true) BigDecimal noShowRate,
            @Schema(description = "mean days from booking to the slot's start, of appointments confirmed for the month", nullable = true) BigDecimal leadTimeDays,
            @Schema(description = "places the calendar offered in the month: slots × bays") long capacityPlaces,
            @Schema(description = "places taken by appointments starting in the month (confirmed, checked in, completed, no-show)") long bookedPlaces,
            @Schema(description = "bookedPlaces / capacityPlaces, 4 decimals; null without capacity", nullable = true) BigDecimal utilisation) {
    }

    private static final List<AppointmentStatus> TAKEN = List.of(AppointmentStatus.CONFIRMED, AppointmentStatus.CHECKED_IN,
            AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW);

    private final CapacityService capacity;
    private final MaintenancePlans plans;
    private final BookingConfig config;

    BookingFigures(CapacityService capacity, MaintenancePlans plans, BookingConfig config) {
        this.capacity = capacity;
        this.plans = plans;
        this.config = config;
    }

    @Transactional
    public Figures of(UUID stationId, String monthText) {
        capacity.visibleStation(stationId);
        YearMonth month = month(monthText);
        var from = month.atDay(1).atStartOfDay(config.timeZone()).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(config.timeZone()).toInstant();
        List<Appointment> booked = Appointment.list("stationId = ?1 and startsAt >= ?2 and startsAt < ?3 and status in ?4",
                stationId, from, to, TAKEN);
        long noShows = booked.stream().filter(a -> a.status == AppointmentStatus.NO_SHOW).count();
        long attended = booked.stream().filter(a -> a.status != AppointmentStatus.CONFIRMED).count();
        BigDecimal lead = booked.isEmpty() ? null : BigDecimal.valueOf(booked.stream()
                .mapToLong(a -> Duration.between(a.bookedAt, a.startsAt).toMinutes()).sum())
                .divide(BigDecimal.valueOf(booked.size() * 1440L), 2, RoundingMode.HALF_UP);
        SlotCalendar calendar = capacity.calendar(stationId);
        long places = calendar == null ? 0
                : (long) calendar.slots(month.atDay(1), month.atEndOfMonth()).size() * calendar.bays();
        DueFigures due = plans.figures(stationId, month);
        return new Figures(stationId, month.toString(), due.due(), due.doneOnTime(), due.overdueBacklog(), attended, noShows,
                ratio(noShows, attended), lead, places, booked.size(), ratio(booked.size(), places));
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text == null ? "" : text);
            if (month.getYear() < 2000 || month.getYear() > 9998) {
                throw new IllegalArgumentException();
            }
            return month;
        } catch (RuntimeException e) {
            throw ApiException.badRequest("month", "give a month as YYYY-MM (years 2000 to 9998)");
        }
    }
}
