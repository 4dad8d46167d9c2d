package io.fieldback.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The rounding of the sample's quotas, on its own. */
class LargestRemainderTest {

    @Test
    void seatsLeftAfterTheWholePartsGoToTheLargestRemainders() {
        // 10 * 5/12 = 4.17, 10 * 4/12 = 3.33, 10 * 3/12 = 2.5: floors 4, 3, 2; the last seat to .5
        assertThat(LargestRemainder.allocate(10, new int[] { 5, 4, 3 })).containsExactly(4, 3, 3);
    }

    @Test
    void equalRemaindersGoToTheLargerPopulationThenTheFirstListed() {
        assertThat(LargestRemainder.allocate(4, new int[] { 7, 2, 1 })).containsExactly(3, 1, 0);
        assertThat(LargestRemainder.allocate(1, new int[] { 2, 2, 2 })).containsExactly(1, 0, 0);
        assertThat(LargestRemainder.allocate(2, new int[] { 1, 3, 2 })).containsExactly(0, 1, 1);
    }

    @Test
    void theSeatsAlwaysAddUpAndNeverExceedAStratum() {
        int[][] cases = { { 1, 1, 1 }, { 100, 0, 3 }, { 17, 29, 54 }, { 0, 0, 5 }, { 333, 333, 334 } };
        for (int[] population : cases) {
            int total = IntStream.of(population).sum();
            for (int size = 0; size <= total + 2; size++) {
                int[] seats = LargestRemainder.allocate(size, population);
                assertThat(IntStream.of(seats).sum()).isEqualTo(Math.min(size, total));
                for (int i = 0; i < seats.length; i++) {
                    assertThat(seats[i]).isBetween(0, population[i]);
                }
            }
        }
    }

    @Test
    void nobodyToDrawFromGivesNoSeats() {
        assertThat(LargestRemainder.allocate(5, new int[] { 0, 0, 0 })).containsExactly(0, 0, 0);
    }
}
