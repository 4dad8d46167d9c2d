package io.fieldback.bench;

import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** UUID v7 (time-ordered) as the app makes them (io.fieldback.common.UuidV7), and their BINARY(16) form. */
public final class Ids {

    private Ids() {
    }

    public static UUID v7() {
        return v7(System.currentTimeMillis());
    }

    /** A v7 id for a given instant, so seeded rows are ordered like rows written at that time. */
    public static UUID v7(long millis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (millis << 16) | (0x7L << 12) | random.nextInt(1 << 12);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    public static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    /** A v7 id for a given instant in its BINARY(16) form, as the seeders write it. */
    public static byte[] v7Bytes(long millis) {
        return bytes(v7(millis));
    }

    public static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** The id as a SQL hexadecimal literal (0x...), for statements written out in full. */
    public static String hex(UUID id) {
        return "0x" + id.toString().replace("-", "");
    }
}
