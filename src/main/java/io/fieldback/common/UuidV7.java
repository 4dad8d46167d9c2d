package io.fieldback.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits.
 * New rows land at the end of the InnoDB primary key, and ids can be assigned before the insert so
 * JDBC can batch writes.
 * <p>
 * Within this process every id sorts after the one before it (RFC 9562 section 6.2, method 1): an id made in the
 * same millisecond as the last, or with a clock that stepped back, takes the last one's time and the next value of its
 * 12-bit counter (rand_a), and a full counter carries into the millisecond. Rules read "created before" as "smaller
 * id" (a customer called recently, the order of a feed or a list), and batch paths make many ids per millisecond:
 * with random bits there, two rows created in order came out in either order half the time.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION = 0x7L << 12;
    private static final long COUNTER = 0xFFFL;

    /** The high 64 bits of the last id made: milliseconds, version, counter. */
    private static long last;

    private UuidV7() {
    }

    public static UUID next() {
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high(System.currentTimeMillis(), RANDOM.nextInt(1 << 11)), lsb);
    }

    /**
     * The high bits of the next id at {@code millis}; a new millisecond starts its counter at {@code start} (random,
     * in the lower half of the counter so that it rarely carries).
     */
    static synchronized long high(long millis, long start) {
        long fresh = (millis << 16) | VERSION | start;
        if (fresh > last) {
            last = fresh;
        } else if ((last & COUNTER) < COUNTER) {
            last++;
        } else {
            last = (((last >>> 16) + 1) << 16) | VERSION;
        }
        return last;
    }
}
