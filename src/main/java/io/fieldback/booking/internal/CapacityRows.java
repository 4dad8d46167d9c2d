package io.fieldback.booking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.fieldback.common.JdbcColumns;
import io.fieldback.common.JdbcBatch;
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

    /**
     * The calendars of those of these stations that take bookings, with their closures from {@code from} to
     * {@code to}: two plain-JDBC queries whatever their number (through Hibernate, translating and reading these
     * queries was a third of a free-slot search, JFR).
     */
    static Map<UUID, SlotCalendar> calendars(Connection c, List<UUID> stationIds, LocalDate from, LocalDate to,
            ZoneId zone) throws SQLException {
        if (stationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<LocalDate>> closed = closedDays(c, stationIds, from, to);
        Map<UUID, int[]> sizes = new HashMap<>();
        Map<UUID, List<CapacityRequest.Opening>> hours = new HashMap<>();
        String sql = "SELECT c.station_id, c.slot_minutes, c.bays, h.day_of_week, TIME_TO_SEC(h.opens), "
                + "TIME_TO_SEC(h.closes) FROM station_capacity c LEFT JOIN station_opening_hours h "
                + "ON h.station_id = c.station_id WHERE c.station_id IN (" + JdbcBatch.idMarks(stationIds.size()) + ")";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            JdbcBatch.bind(p, 1, stationIds.toArray());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    UUID id = JdbcColumns.uuid(r.getBytes(1));
                    sizes.putIfAbsent(id, new int[] { r.getInt(2), r.getInt(3) });
                    List<CapacityRequest.Opening> own = hours.computeIfAbsent(id, s -> new ArrayList<>());
                    if (r.getObject(4) != null) { // a station with capacity but no opening hours: no slots
                        own.add(opening(r.getInt(4), r.getLong(5), r.getLong(6)));
                    }
                }
            }
        }
        Map<UUID, SlotCalendar> calendars = new HashMap<>();
        sizes.forEach((id, size) -> calendars.put(id, new SlotCalendar(size[0], size[1], hours.get(id),
                closed.getOrDefault(id, Set.of()), zone)));
        return calendars;
    }

    private static Map<UUID, Set<LocalDate>> closedDays(Connection c, List<UUID> stationIds, LocalDate from,
            LocalDate to) throws SQLException {
        Map<UUID, Set<LocalDate>> closed = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT station_id, " + EPOCH_DAY + " FROM station_closures "
                + "WHERE station_id IN (" + JdbcBatch.idMarks(stationIds.size()) + ") AND closed_on BETWEEN ? AND ?")) {
            JdbcBatch.bind(p, JdbcBatch.bind(p, 1, stationIds.toArray()), from, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    closed.computeIfAbsent(JdbcColumns.uuid(r.getBytes(1)), s -> new HashSet<>())
                            .add(LocalDate.ofEpochDay(r.getLong(2)));
                }
            }
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
