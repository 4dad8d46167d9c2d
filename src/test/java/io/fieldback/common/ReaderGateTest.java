package io.fieldback.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Readers take turns through the gate: never more batches at once than it allows, and a nested loop never waits. */
class ReaderGateTest {

    @Test
    void withOneTurnNoTwoBatchesOverlapAndEachRuns() throws Exception {
        assertEquals(1, mostAtOnce(new ReaderGate(1), 4, 25));
    }

    @Test
    void withTwoTurnsASecondBatchRunsWhileTheFirstIsStillRunning() throws Exception {
        ReaderGate gate = new ReaderGate(2);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch secondRan = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = pool.submit(() -> gate.batch(() -> {
                firstRunning.countDown();
                return await(secondRan);
            }));
            // the first batch holds its turn until the second has run: with one turn this would wait 10 s and fail
            assertEquals(true, await(firstRunning));
            gate.batch(() -> {
                secondRan.countDown();
                return null;
            });
            assertEquals(true, first.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchThatRunsAnotherReadersLoopDoesNotWaitForASecondTurn() {
        ReaderGate gate = new ReaderGate(1);
        assertEquals("inner", gate.batch(() -> gate.batch(() -> "inner")));
        // and the turn came back: the next batch runs
        assertEquals("next", gate.batch(() -> "next"));
    }

    /** Runs {@code readers} threads of {@code batches} batches each; returns the most batches that ran at once. */
    private static int mostAtOnce(ReaderGate gate, int readers, int batches) throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int b = 0; b < batches; b++) {
                        gate.batch(() -> {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            sleep(2);
                            running.decrementAndGet();
                            return ran.incrementAndGet();
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(readers * batches, ran.get());
        return most.get();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
