package io.fieldback.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Consumers take events in batches (fieldback.outbox.consume-batch, 50 here): each event is still handled once per
 * consumer when instances race, and a handler failing in the middle of a batch loses or doubles no other event.
 */
@QuarkusTest
class DomainEventBatchesTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    DomainEvents events;

    @Test
    void twoInstancesOfAConsumerAtOnceHandleEachEventExactlyOnce() throws Exception {
        String topic = "test.batches." + UUID.randomUUID();
        // 130 events: two full batches and a part, for two instances of each kind of reader
        List<UUID> recorded = record(topic, 130);
        List<UUID> first = Collections.synchronizedList(new ArrayList<>());
        List<UUID> further = Collections.synchronizedList(new ArrayList<>());

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> events.consume(topic,
                e -> first.add(e.aggregateId)));
        CompletableFuture<Integer> oneFurther = CompletableFuture.supplyAsync(() -> events.consume("reader-x",
                topic, DAY, e -> further.add(e.aggregateId)));
        int two = events.consume(topic, e -> first.add(e.aggregateId));
        int twoFurther = events.consume("reader-x", topic, DAY, e -> further.add(e.aggregateId));

        assertEquals(130, one.get() + two);
        assertEquals(130, oneFurther.get() + twoFurther);
        assertEquals(recorded, first.stream().sorted().toList());
        assertEquals(recorded, further.stream().sorted().toList());
        assertEquals(0, events.consume(topic, e -> true));
        assertEquals(0, events.consume("reader-x", topic, DAY, e -> true));
    }

    @Test
    void aHandlerFailingInTheMiddleOfABatchOnlyHoldsBackItsOwnEvent() {
        String topic = "test.batches." + UUID.randomUUID();
        List<UUID> recorded = record(topic, 5);
        UUID failing = recorded.get(2);
        String firstOut = topic + ".first";
        String furtherOut = topic + ".further";

        // both readers: 5 events in one batch, the third fails; the other four each write their result once
        assertEquals(4, events.consume(topic, writing(firstOut, failing)));
        assertEquals(4, events.consume("reader-y", topic, DAY, writing(furtherOut, failing)));
        List<UUID> fine = new ArrayList<>(recorded);
        fine.remove(failing);
        assertEquals(fine, written(firstOut));
        assertEquals(fine, written(furtherOut));

        // the failed event is still pending for each of them, and only that one
        assertEquals(1, events.consume(topic, writing(firstOut, null)));
        assertEquals(1, events.consume("reader-y", topic, DAY, writing(furtherOut, null)));
        assertEquals(recorded, written(firstOut));
        assertEquals(recorded, written(furtherOut));
    }

    /**
     * Instance one holds its batch's receipts (its handler waits); five more events come; instance two reads ten
     * unreceived events, waits on the first five receipts and, once instance one commits, writes only five of its
     * ten: it rolls back and takes events one at a time. Every event is still handled exactly once.
     */
    @Test
    void anInstanceFindingPartOfItsBatchTakenGoesOnOneEventAtATime() throws Exception {
        String topic = "test.batches." + UUID.randomUUID();
        List<UUID> all = new ArrayList<>(record(topic, 5));
        List<UUID> handled = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> events.consume("reader-z", topic, DAY,
                e -> {
                    holding.countDown();
                    await(release);
                    return handled.add(e.aggregateId);
                }));
        await(holding);
        all.addAll(record(topic, 5));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> events.consume("reader-z", topic, DAY,
                e -> handled.add(e.aggregateId)));
        awaitALockWait();
        release.countDown();

        assertEquals(10, one.get() + two.get());
        assertEquals(all.stream().sorted().toList(), handled.stream().sorted().toList());
    }

    /**
     * A batch handler gets the claimed batch whole; when it fails, the batch rolls back and its events come one per
     * transaction, so only the failing one is held back. Both readers, the same way.
     */
    @Test
    void aBatchHandlerGetsTheWholeBatchAndAfterAFailureOneEventAtATime() {
        String topic = "test.batches." + UUID.randomUUID();
        List<UUID> recorded = record(topic, 5);
        UUID failing = recorded.get(3);
        List<Integer> sizes = new ArrayList<>();
        String out = topic + ".out";
        ToIntFunction<List<DomainEvent>> handler = batch -> {
            sizes.add(batch.size());
            batch.forEach(e -> writing(out, failing).test(e));
            return batch.size();
        };

        assertEquals(4, events.consumeBatches(topic, handler));
        assertEquals(List.of(5, 1, 1, 1, 1, 1), sizes);
        List<UUID> fine = new ArrayList<>(recorded);
        fine.remove(failing);
        assertEquals(fine, written(out));

        sizes.clear();
        assertEquals(4, events.consumeBatches("reader-b", topic, DAY, batch -> {
            sizes.add(batch.size());
            return batch.stream().filter(e -> !e.aggregateId.equals(failing)).mapToInt(e -> 1).sum();
        }));
        assertEquals(List.of(5), sizes);
    }

    /** Waits (up to 30 s) until a transaction waits on a row lock: instance two on instance one's receipts. */
    private static void awaitALockWait() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Number waiting = QuarkusTransaction.requiringNew().call(() -> (Number) Panache.getEntityManager()
                    .createNativeQuery("SELECT COUNT(*) FROM information_schema.INNODB_TRX "
                            + "WHERE trx_state = 'LOCK WAIT'").getSingleResult());
            if (waiting.intValue() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("instance two never waited on instance one's receipts");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A handler that records an event of {@code out} per event it handles, in the batch's transaction. */
    private Predicate<DomainEvent> writing(String out, UUID failing) {
        return e -> {
            if (e.aggregateId.equals(failing)) {
                throw new IllegalStateException("the handler's own failure");
            }
            events.record(out, e.aggregateId, null, Map.of("n", 1));
            return true;
        };
    }

    /** The aggregates of the events written to {@code out}, in id order (doubles kept). */
    private static List<UUID> written(String out) {
        return QuarkusTransaction.requiringNew().call(() -> DomainEvent.<DomainEvent>list("topic", out).stream()
                .map(e -> e.aggregateId).sorted().toList());
    }

    /** The aggregates of {@code count} events recorded in one transaction, sorted. */
    private List<UUID> record(String topic, int count) {
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                UUID aggregate = UuidV7.next();
                ids.add(aggregate);
                events.record(topic, aggregate, null, Map.of("n", i));
            }
            Panache.getEntityManager().flush();
        });
        // ids made in the same millisecond are not in order: compared as sorted lists (doubles kept)
        return ids.stream().sorted().toList();
    }
}
