package io.fieldback.booking.internal;

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

    /**
     * Opening times as seconds since midnight: the driver's TIME to java.sql.Time to LocalTime conversion was 37% of
     * a free-slot search (JFR).
     */
    private static final String SECONDS = "TIME_TO_SEC(opens), TIME_TO_SEC(closes)";
    /** Closure days as days since 1970-01-01 (LocalDate.ofEpochDay), for the same reason. */
    private static final String EPOCH_DAY = "DATEDIFF(closed_on, '1970-01-01')";

    private CapacityRows() {
    }

    @SuppressWarnings("unchecked")
    static List<CapacityRequest.Opening> hours(UUID stationId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT day_of_week, " + SECONDS + " FROM "
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
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT station_id, day_of_week, " + SECONDS + " "
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
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT station_id, " + EPOCH_DAY + " FROM "
                + "station_closures WHERE station_id IN (?1)").setParameter(1, stationIds).getResultList();
        Map<UUID, Set<LocalDate>> closed = new HashMap<>();
        for (Object[] r : rows) {
            closed.computeIfAbsent(SlotLedger.uuid(r[0]), s -> new HashSet<>())
                    .add(LocalDate.ofEpochDay(((Number) r[1]).longValue()));
        }
        return closed;
    }

    private static CapacityRequest.Opening opening(Object day, Object opens, Object closes) {
        return new CapacityRequest.Opening(DayOfWeek.of(((Number) day).intValue()), time(opens), time(closes));
    }

    private static LocalTime time(Object secondOfDay) {
        return LocalTime.ofSecondOfDay(((Number) secondOfDay).longValue());
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
