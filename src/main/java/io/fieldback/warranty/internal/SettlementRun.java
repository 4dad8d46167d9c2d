package io.fieldback.warranty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.fieldback.common.UuidV7;
import io.quarkus.hibernate.orm.panache.Panache;

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

    /** Builds or completes one station's batch; call inside its own transaction. Returns the batch when it grew. */
    static UUID settle(Window w, UUID station, UUID dealer, String currency, Instant now) {
        String month = w.month().toString();
        em().createNativeQuery("""
                INSERT IGNORE INTO warranty_settlements (id, station_id, dealer_id, settlement_month, currency,
                  approved_total, chargeback_total, net_total, status, version, created_at, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, 0, 0, 0, 'OPEN', 0, ?6, ?6)""")
                .setParameter(1, UuidV7.next()).setParameter(2, station).setParameter(3, dealer).setParameter(4, month)
                .setParameter(5, currency).setParameter(6, now).executeUpdate();
        Object[] batch = (Object[]) em().createNativeQuery("SELECT id, status FROM warranty_settlements "
                + "WHERE station_id = ?1 AND settlement_month = ?2 FOR UPDATE")
                .setParameter(1, station).setParameter(2, month).getSingleResult();
        if (!"OPEN".equals(batch[1])) {
            return null;
        }
        byte[] id = (byte[]) batch[0];
        int added = em().createNativeQuery("""
                INSERT IGNORE INTO warranty_settlement_lines (id, settlement_id, kind, claim_id, claim_number, amount)
                SELECT UNHEX(REPLACE(UUID(), '-', '')), ?1, 'CLAIM', c.id, c.claim_number, c.approved_total
                  FROM warranty_claims c
                 WHERE c.station_id = ?2 AND c.status IN %s AND c.decided_at >= ?3 AND c.decided_at < ?4
                   AND c.approved_total > 0
                   AND NOT EXISTS (SELECT 1 FROM warranty_settlement_lines l WHERE l.claim_id = c.id)"""
                .formatted(PAID_STATUSES))
                .setParameter(1, id).setParameter(2, station).setParameter(3, w.from()).setParameter(4, w.to())
                .executeUpdate();
        added += em().createNativeQuery("""
                INSERT IGNORE INTO warranty_settlement_lines (id, settlement_id, kind, part_return_id, claim_number,
                  amount, reason)
                SELECT UNHEX(REPLACE(UUID(), '-', '')), ?1, 'CHARGEBACK', r.id, c.claim_number, -r.chargeback_amount,
                       r.chargeback_reason
                  FROM warranty_part_returns r JOIN warranty_claims c ON c.id = r.claim_id
                 WHERE r.station_id = ?2 AND r.charged_on BETWEEN ?3 AND ?4
                   AND NOT EXISTS (SELECT 1 FROM warranty_settlement_lines l WHERE l.part_return_id = r.id)""")
                .setParameter(1, id).setParameter(2, station).setParameter(3, w.firstDay()).setParameter(4, w.lastDay())
                .executeUpdate();
        if (added > 0) {
            em().createNativeQuery("""
                    UPDATE warranty_settlements s SET
                      approved_total = (SELECT COALESCE(SUM(amount), 0) FROM warranty_settlement_lines
                                         WHERE settlement_id = s.id AND kind = 'CLAIM'),
                      chargeback_total = (SELECT COALESCE(-SUM(amount), 0) FROM warranty_settlement_lines
                                           WHERE settlement_id = s.id AND kind = 'CHARGEBACK'),
                      net_total = (SELECT COALESCE(SUM(amount), 0) FROM warranty_settlement_lines
                                    WHERE settlement_id = s.id),
                      version = version + 1, updated_at = ?2
                    WHERE s.id = ?1""").setParameter(1, id).setParameter(2, now).executeUpdate();
        }
        return added > 0 ? uuid(id) : null;
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
