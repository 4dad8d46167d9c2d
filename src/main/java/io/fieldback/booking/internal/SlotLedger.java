package io.fieldback.booking.internal;

import static io.fieldback.common.JdbcColumns.uuid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Session;

import io.fieldback.common.JdbcBatch;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How many appointments each slot holds, one row per booked slot. Taking a place is one conditional
 * UPDATE ({@code taken < bays}): the row lock serialises concurrent bookers and the condition is checked
 * on the latest committed value, so a slot is never oversold.
 */
final class SlotLedger {

    private SlotLedger() {
    }

    /**
     * Makes sure the slot's row exists, in a transaction of its own: concurrent first bookers of a slot would
     * otherwise each hold a shared lock on the duplicate key and deadlock when they all ask for the write lock.
     */
    static void ensureRow(UUID stationId, Instant startsAt) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("INSERT IGNORE INTO booking_slots (station_id, starts_at, taken) VALUES (?1, ?2, 0)")
                .setParameter(1, stationId).setParameter(2, ts(startsAt)).executeUpdate());
    }

    /** Whether the slot has its row already (no lock taken). */
    static boolean exists(UUID stationId, Instant startsAt) {
        return !Panache.getEntityManager().createNativeQuery("SELECT 1 FROM booking_slots WHERE station_id = ?1 "
                + "AND starts_at = ?2").setParameter(1, stationId).setParameter(2, ts(startsAt)).getResultList().isEmpty();
    }

    /**
     * Locks the slot's row until the transaction ends: bookers and hold expiry of one slot go one at a time.
     * Returns false when the slot has no row yet.
     */
    static boolean lock(UUID stationId, Instant startsAt) {
        return !Panache.getEntityManager().createNativeQuery("SELECT taken FROM booking_slots WHERE station_id = ?1 "
                + "AND starts_at = ?2 FOR UPDATE").setParameter(1, stationId).setParameter(2, ts(startsAt))
                .getResultList().isEmpty();
    }

    /** Cancels the slot's holds that ran out and gives their places back; call with the slot locked. */
    static int expireHolds(UUID stationId, Instant startsAt, Instant now) {
        int expired = Panache.getEntityManager().createNativeQuery("UPDATE appointments SET status = 'CANCELLED', "
                + "cancel_reason = 'hold expired', hold_until = NULL, version = version + 1 WHERE station_id = ?1 "
                + "AND starts_at = ?2 AND status = 'HELD' AND hold_until <= ?3").setParameter(1, stationId)
                .setParameter(2, ts(startsAt)).setParameter(3, ts(now)).executeUpdate();
        if (expired > 0) {
            release(stationId, startsAt, expired);
        }
        return expired;
    }

    /** Takes one place if there is room; false when the slot is full. */
    static boolean take(UUID stationId, Instant startsAt, int bays) {
        return Panache.getEntityManager().createNativeQuery("UPDATE booking_slots SET taken = taken + 1 "
                + "WHERE station_id = ?1 AND starts_at = ?2 AND taken < ?3").setParameter(1, stationId)
                .setParameter(2, ts(startsAt)).setParameter(3, bays).executeUpdate() == 1;
    }

    static void release(UUID stationId, Instant startsAt, int places) {
        Panache.getEntityManager().createNativeQuery("UPDATE booking_slots SET taken = taken - ?3 "
                + "WHERE station_id = ?1 AND starts_at = ?2").setParameter(1, stationId)
                .setParameter(2, ts(startsAt)).setParameter(3, places).executeUpdate();
    }

    /** The taken places of several stations' slots, on the transaction's connection (see below). */
    static Map<UUID, Map<Instant, Integer>> taken(Collection<UUID> stationIds, Instant from, Instant to) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(c -> taken(c, stationIds, from, to));
    }

    /**
     * The taken places of several stations' slots from {@code from} (inclusive) to {@code to} (exclusive), one query
     * on the primary key's ranges. Plain JDBC: Hibernate's handling of a native query was most of this read.
     */
    static Map<UUID, Map<Instant, Integer>> taken(Connection c, Collection<UUID> stationIds, Instant from, Instant to)
            throws SQLException {
        Map<UUID, Map<Instant, Integer>> taken = new HashMap<>();
        if (stationIds.isEmpty()) {
            return taken;
        }
        // the start as seconds since the epoch (the column holds UTC): slots' times parsed from text took most of a
        // free-slot search
        String sql = "SELECT station_id, TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', starts_at), taken "
                + "FROM booking_slots WHERE station_id IN (" + JdbcBatch.idMarks(stationIds.size())
                + ") AND starts_at >= ? AND starts_at < ? AND taken > 0";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            JdbcBatch.bind(p, JdbcBatch.bind(p, 1, stationIds.toArray()), from, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    taken.computeIfAbsent(uuid(r.getBytes(1)), s -> new HashMap<>())
                            .put(Instant.ofEpochSecond(r.getLong(2)), r.getInt(3));
                }
            }
        }
        return taken;
    }

    /** DATETIME columns hold UTC; bound as text so no driver or JVM zone shifts them. */
    private static String ts(Instant at) {
        return LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC).toString().replace('T', ' ');
    }
}
