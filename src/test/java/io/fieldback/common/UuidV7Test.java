package io.fieldback.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Ids made one after another sort in that order, as rules reading "created before" as "smaller id" need. */
class UuidV7Test {

    @Test
    void idsMadeOneAfterAnotherAreInOrder() {
        UUID before = UuidV7.next();
        for (int i = 0; i < 200_000; i++) {
            UUID id = UuidV7.next();
            assertThat(unsigned(id.getMostSignificantBits(), before.getMostSignificantBits())).as("id %d", i)
                    .isPositive();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            before = id;
        }
    }

    @Test
    void theSameMillisecondCountsUpAndAFullCounterCarriesIntoTheNextMillisecond() {
        // the current millisecond, so that the ids made after this test stay at most a millisecond ahead of the clock
        long millis = UuidV7.next().getMostSignificantBits() >>> 16;
        long first = UuidV7.high(millis, 0xFFE);
        long second = UuidV7.high(millis, 0x001);
        long third = UuidV7.high(millis, 0x001);
        assertThat(second).isEqualTo(first + 1);
        assertThat(third >>> 16).as("the millisecond after the full counter").isEqualTo(millis + 1);
        assertThat((third >>> 12) & 0xF).as("version").isEqualTo(7);
        assertThat(UuidV7.high(millis - 5, 0x123)).as("a clock stepped back").isEqualTo(third + 1);
    }

    private static int unsigned(long a, long b) {
        return Long.compareUnsigned(a, b);
    }
}
