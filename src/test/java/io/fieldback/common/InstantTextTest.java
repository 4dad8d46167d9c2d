package io.fieldback.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast writer says exactly what Instant.toString (Jackson's default) says. */
class InstantTextTest {

    @Test
    void sameTextAsInstantToString() {
        Random random = new Random(18);
        for (int i = 0; i < 200_000; i++) {
            // whole seconds over the years 0-9999, and some with a fraction (written the old way)
            long seconds = -62_167_219_200L + (long) (random.nextDouble() * 315_537_897_600L);
            Instant t = Instant.ofEpochSecond(seconds, i % 10 == 0 ? random.nextInt(1_000_000_000) : 0);
            assertEquals(t.toString(), InstantText.text(t));
        }
        for (String s : new String[] { "1970-01-01T00:00:00Z", "2026-12-07T01:00:00Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z", "2024-02-29T12:30:00Z" }) {
            assertEquals(s, InstantText.text(Instant.parse(s)));
        }
        assertEquals(Instant.MAX.toString(), InstantText.text(Instant.MAX));
        assertEquals(Instant.MIN.toString(), InstantText.text(Instant.MIN));
    }
}
