package io.fieldback.booking.internal;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;

/** The rows of stations' weekly hours and closures (tables without entities), for one station or several at once. */
final class CapacityRows {

    private CapacityRows() {
    }

    @SuppressWarnings("unchecked")
    static List<CapacityRequest.Opening> hours(UUID stationId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT day_of_week, opens, closes FROM "
                + "station_opening_hours WHERE station_id = ?1 ORDER BY day_of_week, opens").setParameter(1, stationId)
                .getResultList();
        return rows.stream().map(r -> opening(r[0], r[1], r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    static List<CapacityRequest.Closure> closures(UUID stationId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT closed_on, reason FROM station_closures "
                + "WHERE station_id = ?1 ORDER BY closed_on").setParameter(1, stationId).getResultList();
        return rows.stream().map(r -> new CapacityRequest.Closure(date(r[0]), (String) r[1])).toList();
    }

    /** The weekly hours of several stations, by station, in one query. */
    @SuppressWarnings("unchecked")
    static Map<UUID, List<CapacityRequest.Opening>> hours(List<UUID> stationIds) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT station_id, day_of_week, opens, closes "
                + "FROM station_opening_hours WHERE station_id IN (?1) ORDER BY station_id, day_of_week, opens")
                .setParameter(1, stationIds).getResultList();
        Map<UUID, List<CapacityRequest.Opening>> hours = new HashMap<>();
        for (Object[] r : rows) {
            hours.computeIfAbsent(SlotLedger.uuid(r[0]), s -> new java.util.ArrayList<>()).add(opening(r[1], r[2], r[3]));
        }
        return hours;
    }

    /** The closure days of several stations, by station, in one query. */
    @SuppressWarnings("unchecked")
    static Map<UUID, Set<LocalDate>> closedDays(List<UUID> stationIds) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT station_id, closed_on FROM "
                + "station_closures WHERE station_id IN (?1)").setParameter(1, stationIds).getResultList();
        Map<UUID, Set<LocalDate>> closed = new HashMap<>();
        for (Object[] r : rows) {
            closed.computeIfAbsent(SlotLedger.uuid(r[0]), s -> new HashSet<>()).add(date(r[1]));
        }
        return closed;
    }

    private static CapacityRequest.Opening opening(Object day, Object opens, Object closes) {
        return new CapacityRequest.Opening(DayOfWeek.of(((Number) day).intValue()), time(opens), time(closes));
    }

    private static LocalTime time(Object value) {
        return value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
