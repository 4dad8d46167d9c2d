package io.fieldback.warranty.internal;

import static io.fieldback.common.JdbcColumns.uuid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.fieldback.common.JdbcBatch;
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

    /** The month settled, and how long one of its statements may run (the app's 30 s cap is for requests). */
    record Window(YearMonth month, Instant from, Instant to, LocalDate firstDay, LocalDate lastDay,
            int timeoutSeconds) {

        static Window of(YearMonth month, ZoneId zone, int timeoutSeconds) {
            return new Window(month, month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), month.atDay(1), month.atEndOfMonth(),
                    timeoutSeconds);
        }

        /** A statement of the run: a month of the network has taken over 30 s per statement on a loaded machine. */
        Query sql(String text) {
            return em().createNativeQuery(text).setHint("jakarta.persistence.query.timeout", timeoutSeconds * 1000);
        }
    }

    /** Stations with something to settle in the month: [station id, dealer id, currency]. */
    @SuppressWarnings("unchecked")
    static List<Object[]> stations(Window w) {
        return w.sql("""
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

    /** A batch the run made or added lines to: its totals now and how many lines it got. */
    record Grown(UUID id, UUID stationId, UUID dealerId, String currency, Totals totals, long added) {
    }

    /** One batch's lines summed up. */
    record Totals(long lines, BigDecimal approved, BigDecimal charged, BigDecimal net) {
    }

    /**
     * Builds or completes the month's batches of all these stations in a few set-based statements; call inside
     * one transaction. The batch rows are made (in one JDBC batch, in station order so two runs lock them in
     * the same order) and locked; each OPEN batch takes its station's unsettled claims and chargebacks in one
     * INSERT ... SELECT per kind; the lines of the month's OPEN batches are summed before and after (one
     * index-only pass each), and the batches that grew get their new totals. Returns the grown batches.
     */
    static List<Grown> settleAll(Window w, List<Object[]> stations, Instant now) {
        String month = w.month().toString();
        Lap lap = new Lap();
        insertBatches(month, stations, now);
        lap.mark("batch rows");
        Map<UUID, Object[]> open = lockOpen(w);
        lap.mark("lock");
        Map<UUID, Totals> before = totals(w);
        lap.mark("totals before");
        insertClaimLines(w, month);
        lap.mark("claim lines");
        insertChargebackLines(w, month);
        lap.mark("chargeback lines");
        List<Grown> grown = new ArrayList<>();
        totals(w).forEach((id, t) -> {
            long added = t.lines() - (before.containsKey(id) ? before.get(id).lines() : 0);
            Object[] b = open.get(id);
            if (added != 0 && b != null) {
                grown.add(new Grown(id, uuid(b[1]), uuid(b[2]), (String) b[3], t, added));
            }
        });
        lap.mark("totals after");
        updateTotals(grown, now);
        lap.mark("totals written");
        Log.infof("settlement %s: %d batches grew; %s", month, grown.size(), lap);
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
        JdbcBatch.run("INSERT IGNORE INTO warranty_settlements (id, station_id, dealer_id, settlement_month, currency, "
                + "approved_total, chargeback_total, net_total, status, version, created_at, updated_at) VALUES ("
                + JdbcBatch.ID + ", " + JdbcBatch.ID + ", " + JdbcBatch.ID + ", ?, ?, 0, 0, 0, 'OPEN', 0, ?, ?)",
                stations, (ps, s) -> JdbcBatch.bind(ps, 1, UuidV7.next(), uuid(s[0]), uuid(s[1]), month, s[2], now,
                        now));
    }

    /** Locks the month's batches in station order; answers the OPEN ones: id -> [id, station, dealer, currency]. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, Object[]> lockOpen(Window w) {
        Map<UUID, Object[]> open = new HashMap<>();
        ((List<Object[]>) w.sql("SELECT id, station_id, dealer_id, currency, status "
                + "FROM warranty_settlements WHERE settlement_month = ?1 ORDER BY station_id FOR UPDATE")
                .setParameter(1, w.month().toString()).getResultList()).stream().filter(r -> "OPEN".equals(r[4]))
                .forEach(r -> open.put(uuid(r[0]), r));
        return open;
    }

    /**
     * The claims decided in the month that are in no batch yet, into their station's OPEN batch. No NOT EXISTS
     * on the lines: a SELECT reading the table it inserts into makes MariaDB copy the whole result into a
     * temporary table first; the unique key on the claim (INSERT IGNORE) already leaves out a claim in any batch.
     */
    private static void insertClaimLines(Window w, String month) {
        w.sql("""
                INSERT IGNORE INTO warranty_settlement_lines (id, settlement_id, kind, claim_id, claim_number, amount)
                SELECT UNHEX(REPLACE(UUID(), '-', '')), s.id, 'CLAIM', c.id, c.claim_number, c.approved_total
                  FROM warranty_claims c
                  JOIN warranty_settlements s ON s.station_id = c.station_id AND s.settlement_month = ?1
                                             AND s.status = 'OPEN'
                 WHERE c.status IN %s AND c.decided_at >= ?2 AND c.decided_at < ?3 AND c.approved_total > 0"""
                .formatted(PAID_STATUSES))
                .setParameter(1, month).setParameter(2, w.from()).setParameter(3, w.to()).executeUpdate();
    }

    private static void insertChargebackLines(Window w, String month) {
        w.sql("""
                INSERT IGNORE INTO warranty_settlement_lines (id, settlement_id, kind, part_return_id, claim_number,
                  amount, reason)
                SELECT UNHEX(REPLACE(UUID(), '-', '')), s.id, 'CHARGEBACK', r.id, c.claim_number, -r.chargeback_amount,
                       r.chargeback_reason
                  FROM warranty_part_returns r JOIN warranty_claims c ON c.id = r.claim_id
                  JOIN warranty_settlements s ON s.station_id = r.station_id AND s.settlement_month = ?1
                                             AND s.status = 'OPEN'
                 WHERE r.charged_on BETWEEN ?2 AND ?3""")
                .setParameter(1, month).setParameter(2, w.firstDay()).setParameter(3, w.lastDay()).executeUpdate();
    }

    /** The grown batches' totals and version, in one JDBC batch. */
    private static void updateTotals(List<Grown> grown, Instant now) {
        JdbcBatch.run("UPDATE warranty_settlements SET approved_total = ?, chargeback_total = ?, net_total = ?, "
                + "version = version + 1, updated_at = ? WHERE id = " + JdbcBatch.ID, grown,
                (ps, g) -> JdbcBatch.bind(ps, 1, g.totals().approved(), g.totals().charged(), g.totals().net(), now,
                        g.id()));
    }

    /** The lines of the month's OPEN batches summed per batch (index-only on the lines' batch index). */
    @SuppressWarnings("unchecked")
    private static Map<UUID, Totals> totals(Window w) {
        Map<UUID, Totals> totals = new HashMap<>();
        ((List<Object[]>) w.sql("""
                SELECT l.settlement_id, COUNT(*), COALESCE(SUM(CASE WHEN l.kind = 'CLAIM' THEN l.amount END), 0),
                       COALESCE(-SUM(CASE WHEN l.kind = 'CHARGEBACK' THEN l.amount END), 0), SUM(l.amount)
                  FROM warranty_settlements s JOIN warranty_settlement_lines l ON l.settlement_id = s.id
                 WHERE s.settlement_month = ?1 AND s.status = 'OPEN' GROUP BY l.settlement_id""")
                .setParameter(1, w.month().toString()).getResultList())
                .forEach(r -> totals.put(uuid(r[0]), new Totals(((Number) r[1]).longValue(), (BigDecimal) r[2],
                        (BigDecimal) r[3], (BigDecimal) r[4])));
        return totals;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
