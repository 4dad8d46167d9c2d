package io.fieldback.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Several features read one topic: each reader handles each event once, whatever the other readers do. */
@QuarkusTest
class DomainEventReadersTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    DomainEvents events;

    @Test
    void everyReaderGetsEveryEventOnceAndTheTopicsFirstReaderIsUntouched() throws Exception {
        String topic = "test.readers." + UUID.randomUUID();
        List<UUID> recorded = record(topic, 5);
        List<UUID> first = Collections.synchronizedList(new ArrayList<>());
        List<UUID> second = Collections.synchronizedList(new ArrayList<>());

        assertEquals(5, events.consume("reader-a", topic, DAY, e -> first.add(e.aggregateId)));
        // two instances of the second reader at once: each event goes to exactly one of them
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(
                () -> events.consume("reader-b", topic, DAY, e -> second.add(e.aggregateId)));
        int two = events.consume("reader-b", topic, DAY, e -> second.add(e.aggregateId));
        assertEquals(5, one.get() + two);
        assertEquals(0, events.consume("reader-a", topic, DAY, e -> first.add(e.aggregateId)));

        assertEquals(recorded, first.stream().sorted().toList());
        assertEquals(recorded, second.stream().sorted().toList());
        // the readers' receipts leave the events pending for the topic's own consumer
        assertEquals(5, events.consume(topic, e -> true));
    }

    @Test
    void aFailedEventIsRetriedOnTheNextRunAndEventsOutsideTheLookbackAreNotRead() {
        String topic = "test.readers." + UUID.randomUUID();
        List<UUID> recorded = record(topic, 2);
        List<UUID> handled = new ArrayList<>();
        UUID failing = recorded.get(0);

        int firstRun = events.consume("reader-c", topic, DAY, e -> {
            if (e.aggregateId.equals(failing)) {
                throw new IllegalStateException("the handler's own failure");
            }
            return handled.add(e.aggregateId);
        });
        assertEquals(1, firstRun);
        assertEquals(1, events.consume("reader-c", topic, DAY, e -> handled.add(e.aggregateId)));
        assertEquals(recorded, handled.stream().sorted().toList());

        assertEquals(0, events.consume("reader-d", topic, Duration.ZERO, e -> true));
    }

    @Test
    void aReaderBusyWithAnEventNeverMakesTheTopicsFirstReaderSkipIt() throws Exception {
        String topic = "test.readers." + UUID.randomUUID();
        List<UUID> recorded = record(topic, 2);
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<Integer> busy = CompletableFuture.supplyAsync(() -> events.consume("reader-e", topic, DAY,
                e -> {
                    holding.countDown();
                    await(release);
                    return true;
                }));
        await(holding);
        List<UUID> first = new ArrayList<>();
        int handled = events.consume(topic, e -> first.add(e.aggregateId));
        release.countDown();
        assertEquals(2, handled);
        assertEquals(recorded, first.stream().sorted().toList());
        assertEquals(2, busy.get());
    }

    /**
     * The watermark (where the next scan starts) stays on an event whose handler failed, and lags the run's
     * start by the commit grace (5 minutes), so an event dated before a run but committed after it is read by
     * the next run. Events are dated by hand an hour or two back (within the day's look-back) to be behind it.
     */
    @Test
    void theWatermarkStaysOnAFailedEventAndAnEventCommittedLateIsStillRead() throws Exception {
        String topic = "test.readers." + UUID.randomUUID();
        DomainEvent failing = recordOne(topic, Instant.now().minus(2, ChronoUnit.HOURS));
        DomainEvent fine = recordOne(topic, Instant.now().minus(1, ChronoUnit.HOURS));
        java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        UUID late = UuidV7.next();
        CompletableFuture<Void> lateCommit = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    events.record(topic, late, null, Map.of("n", 1));
                    recorded.countDown();
                    await(commit);
                }));
        await(recorded);
        List<UUID> handled = new ArrayList<>();

        // the late event is not committed yet, the oldest one's handler fails: one handled
        assertEquals(1, events.consume("reader-w", topic, DAY, e -> {
            if (e.id.equals(failing.id)) {
                throw new IllegalStateException("the handler's own failure");
            }
            return handled.add(e.aggregateId);
        }));
        assertEquals(failing.createdAt, watermark("reader-w", topic));
        commit.countDown();
        lateCommit.get();

        assertEquals(2, events.consume("reader-w", topic, DAY, e -> handled.add(e.aggregateId)));
        assertEquals(List.of(fine.aggregateId, failing.aggregateId, late), handled);
        Instant moved = watermark("reader-w", topic);
        assertTrue(moved.isAfter(fine.createdAt) && moved.isBefore(Instant.now().minus(Duration.ofMinutes(4))),
                "moved to the run's start less the grace: " + moved);

        // the scan starts at the watermark: an event dated before it (a transaction that outlived the grace)
        // is no longer walked, though the look-back window still holds it
        recordOne(topic, moved.minus(1, ChronoUnit.MINUTES));
        assertEquals(0, events.consume("reader-w", topic, DAY, e -> handled.add(e.aggregateId)));
        assertFalse(watermark("reader-w", topic).isBefore(moved), "never moves back");
    }

    /** An event recorded and committed, then dated {@code at} by hand. */
    private DomainEvent recordOne(String topic, Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        return QuarkusTransaction.requiringNew().call(() -> {
            DomainEvent event = events.record(topic, UuidV7.next(), null, Map.of("n", 1));
            event.createdAt = when;
            return event;
        });
    }

    private Instant watermark(String reader, String topic) {
        return QuarkusTransaction.requiringNew().call(() -> ReaderWatermarks.position(reader, topic));
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> record(String topic, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID aggregate = UuidV7.next();
            ids.add(aggregate);
            QuarkusTransaction.requiringNew().run(() -> events.record(topic, aggregate, null, Map.of("n", 1)));
        }
        return ids;
    }
}
