package io.fieldback.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
