package io.fieldback.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Where a further reader of a topic starts its next scan (domain_event_watermarks): every event created
 * before the position has that reader's receipt. Runs inside the caller's transaction.
 */
final class ReaderWatermarks {

    private ReaderWatermarks() {
    }

    /** The reader's position on the topic; null before its first complete run. */
    @SuppressWarnings("unchecked")
    static Instant position(String consumer, String topic) {
        // microseconds since the epoch: DATETIME(6) holds UTC here (quarkus.hibernate-orm.jdbc.timezone)
        List<Number> found = Panache.getEntityManager().createNativeQuery("SELECT TIMESTAMPDIFF(MICROSECOND, "
                + "'1970-01-01 00:00:00', scanned_to) FROM domain_event_watermarks WHERE consumer = ?1 AND topic = ?2")
                .setParameter(1, consumer).setParameter(2, topic).getResultList();
        return found.isEmpty() ? null : Instant.EPOCH.plus(found.get(0).longValue(), ChronoUnit.MICROS);
    }

    /**
     * Moves the position up to {@code to}, never back: two instances of a reader finishing runs at once
     * each computed a safe position, and the later one is safe for both (an event the one failed, the other
     * passed only by handling it or by failing it too, and then its own position stays behind it).
     */
    static void advance(String consumer, String topic, Instant to) {
        Panache.getEntityManager().createNativeQuery("INSERT INTO domain_event_watermarks (consumer, topic, "
                + "scanned_to, updated_at) VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE "
                + "scanned_to = GREATEST(scanned_to, VALUES(scanned_to)), updated_at = VALUES(updated_at)")
                .setParameter(1, consumer).setParameter(2, topic).setParameter(3, to.truncatedTo(ChronoUnit.MICROS))
                .setParameter(4, BaseEntity.stampNow()).executeUpdate();
    }
}
