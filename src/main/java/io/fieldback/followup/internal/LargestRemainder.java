package io.fieldback.followup.internal;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a sample size across strata in proportion to their populations (Hamilton's method): each
 * stratum gets the whole part of its exact quota, and the seats left go to the largest fractional
 * parts. Ties go to the larger population, then to the stratum listed first. Never more than a
 * stratum's population; when the size covers everyone, everyone is drawn.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    static int[] allocate(int size, int[] populations) {
        long total = IntStream.of(populations).asLongStream().sum();
        int[] seats = new int[populations.length];
        if (total == 0 || size <= 0) {
            return seats;
        }
        if (size >= total) {
            return populations.clone();
        }
        long[] remainders = new long[populations.length];
        int given = 0;
        for (int i = 0; i < populations.length; i++) {
            // exact quota size * p / total, kept as an integer part and a remainder over total
            long numerator = (long) size * populations[i];
            seats[i] = (int) (numerator / total);
            remainders[i] = numerator % total;
            given += seats[i];
        }
        Integer[] order = IntStream.range(0, populations.length).boxed().sorted(Comparator
                .<Integer>comparingLong(i -> -remainders[i]).thenComparingInt(i -> -populations[i])
                .thenComparingInt(i -> i)).toArray(Integer[]::new);
        for (int k = 0; given < size; k++) {
            seats[order[k % order.length]]++;
            given++;
        }
        return seats;
    }
}
