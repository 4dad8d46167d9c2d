package io.fieldback.warranty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.fieldback.common.UuidV7;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;

/**
 * One station's batch for one month, in SQL: the batch row is made or found through its unique key
 * (station, month), locked, and filled with the month's claims and chargebacks that are in no batch yet.
 * Two runs at once meet on the batch row (the second waits for the first to commit, then finds nothing
 * left); the unique keys on the lines' claim and part return keep anything from being settled twice even so.
 * A PAID batch is never touched.
 */
final class SettlementRun {

    /** Claim statuses the manufacturer pays. */
    static final String PAID_STATUSES = "('AUTO_APPROVED','APPROVED','PARTIALLY_APPROVED')";

    private SettlementRun() {
    }

    record Window(YearMonth month, Instant from, Instant to, LocalDate firstDay, LocalDate lastDay) {

        static Window of(YearMonth month, ZoneId zone) {
            return new Window(month, month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), month.atDay(1), month.atEndOfMonth());
        }
    }

    /** Stations with something to settle in the month: [station id, dealer id, currency]. */
    @SuppressWarnings("unchecked")
    static List<Object[]> stations(Window w) {
        return em().createNativeQuery("""
                SELECT station_id, MIN(dealer_id), MIN(currency) FROM (
                  SELECT c.station_id, c.dealer_id, c.currency FROM warranty_claims c
                   WHERE c.status IN %s AND c.decided_at >= ?1 AND c.decided_at < ?2 AND c.approved_total > 0
                  UNION ALL
                  SELECT r.station_id, r.dealer_id, r.currency FROM warranty_part_returns r
                   WHERE r.charged_on BETWEEN ?3 AND ?4
                ) s GROUP BY station_id ORDER BY station_id""".formatted(PAID_STATUSES))
                .setParameter(1, w.from()).setParameter(2, w.to()).setParameter(3, w.firstDay())
                .setParameter(4, w.lastDay()).getResultList();
    }

    /**
     * Builds or completes the month's batches of all these stations in a few set-based statements; call inside
     * one transaction. The batch rows are made (in one JDBC batch, in station order so two runs lock them in
     * the same order) and locked; each OPEN batch takes its station's unsettled claims and chargebacks in one
     * INSERT ... SELECT per kind; the batches that grew get their totals in one UPDATE ... JOIN. Returns the
     * grown batches with their line counts.
     */
    static Map<UUID, Long> settleAll(Window w, List<Object[]> stations, Instant now) {
        String month = w.month().toString();
        Lap lap = new Lap();
        insertBatches(month, stations, now);
        lap.mark("batch rows");
        em().createNativeQuery("SELECT id FROM warranty_settlements WHERE settlement_month = ?1 ORDER BY station_id "
                + "FOR UPDATE").setParameter(1, month).getResultList();
        lap.mark("lock");
        Map<UUID, Long> before = lineCounts(month);
        lap.mark("counts before");
        insertClaimLines(w, month);
        lap.mark("claim lines");
        insertChargebackLines(w, month);
        lap.mark("chargeback lines");
        Map<UUID, Long> grown = lineCounts(month);
        lap.mark("counts after");
        grown.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        if (!grown.isEmpty()) {
            updateTotals(grown, now);
        }
        lap.mark("totals");
        Log.infof("settlement %s: %s", month, lap);
        return grown;
    }

    /** Milliseconds per step of one run, for the log (where a slow run spends its time). */
    private static final class Lap {
        private final StringBuilder steps = new StringBuilder();
        private long last = System.nanoTime();

        void mark(String step) {
            long at = System.nanoTime();
            steps.append(steps.isEmpty() ? "" : ", ").append(step).append(' ').append((at - last) / 1_000_000)
                    .append(" ms");
            last = at;
        }

        @Override
        public String toString() {
            return steps.toString();
        }
    }

    /** The month's OPEN batch of each station, where it has none yet: one JDBC batch, in station order. */
    private static void insertBatches(String month, List<Object[]> stations, Instant now) {
        em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT IGNORE INTO warranty_settlements (id, station_id, dealer_id, settlement_month, currency,
                      approved_total, chargeback_total, net_total, status, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 0, 0, 0, 'OPEN', 0, ?, ?)""")) {
                Timestamp at = Timestamp.from(now);
                for (Object[] s : stations) {
                    insert.setBytes(1, bytes(UuidV7.next()));
                    insert.setBytes(2, bytes(uuid(s[0])));
                    insert.setBytes(3, bytes(uuid(s[1])));
                    insert.setString(4, month);
                    insert.setString(5, (String) s[2]);
                    insert.setTimestamp(6, at);
                    insert.setTimestamp(7, at);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static void insertClaimLines(Window w, String month) {
        em().createNativeQuery("""
                INSERT IGNORE INTO warranty_settlement_lines (id, settlement_id, kind, claim_id, claim_number, amount)
                SELECT UNHEX(REPLACE(UUID(), '-', '')), s.id, 'CLAIM', c.id, c.claim_number, c.approved_total
                  FROM warranty_claims c
                  JOIN warranty_settlements s ON s.station_id = c.station_id AND s.settlement_month = ?1
                                             AND s.status = 'OPEN'
                 WHERE c.status IN %s AND c.decided_at >= ?2 AND c.decided_at < ?3 AND c.approved_total > 0
                   AND NOT EXISTS (SELECT 1 FROM warranty_settlement_lines l WHERE l.claim_id = c.id)"""
                .formatted(PAID_STATUSES))
                .setParameter(1, month).setParameter(2, w.from()).setParameter(3, w.to()).executeUpdate();
    }

    private static void insertChargebackLines(Window w, String month) {
        em().createNativeQuery("""
                INSERT IGNORE INTO warranty_settlement_lines (id, settlement_id, kind, part_return_id, claim_number,
                  amount, reason)
                SELECT UNHEX(REPLACE(UUID(), '-', '')), s.id, 'CHARGEBACK', r.id, c.claim_number, -r.chargeback_amount,
                       r.chargeback_reason
                  FROM warranty_part_returns r JOIN warranty_claims c ON c.id = r.claim_id
                  JOIN warranty_settlements s ON s.station_id = r.station_id AND s.settlement_month = ?1
                                             AND s.status = 'OPEN'
                 WHERE r.charged_on BETWEEN ?2 AND ?3
                   AND NOT EXISTS (SELECT 1 FROM warranty_settlement_lines l WHERE l.part_return_id = r.id)""")
                .setParameter(1, month).setParameter(2, w.firstDay()).setParameter(3, w.lastDay()).executeUpdate();
    }

    /** The grown batches' totals from their lines, in one UPDATE ... JOIN. */
    private static void updateTotals(Map<UUID, Long> grown, Instant now) {
        em().createNativeQuery("""
                UPDATE warranty_settlements s JOIN (
                  SELECT settlement_id,
                         COALESCE(SUM(CASE WHEN kind = 'CLAIM' THEN amount END), 0) AS approved,
                         COALESCE(-SUM(CASE WHEN kind = 'CHARGEBACK' THEN amount END), 0) AS charged,
                         SUM(amount) AS net
                    FROM warranty_settlement_lines WHERE settlement_id IN (?2) GROUP BY settlement_id) t
                  ON t.settlement_id = s.id
                 SET s.approved_total = t.approved, s.chargeback_total = t.charged, s.net_total = t.net,
                     s.version = s.version + 1, s.updated_at = ?1""")
                .setParameter(1, now).setParameter(2, grown.keySet().stream().map(SettlementRun::bytes).toList())
                .executeUpdate();
    }

    /** Lines per batch of the month, by batch. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, Long> lineCounts(String month) {
        Map<UUID, Long> counts = new HashMap<>();
        ((List<Object[]>) em().createNativeQuery("SELECT l.settlement_id, COUNT(*) FROM warranty_settlement_lines l "
                + "JOIN warranty_settlements s ON s.id = l.settlement_id WHERE s.settlement_month = ?1 "
                + "GROUP BY l.settlement_id").setParameter(1, month).getResultList())
                .forEach(row -> counts.put(uuid(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    static byte[] bytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }

    static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap((byte[]) value);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
