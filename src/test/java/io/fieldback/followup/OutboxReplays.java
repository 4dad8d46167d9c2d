package io.fieldback.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.fieldback.common.DomainEvent;
import io.fieldback.common.UuidV7;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** What can happen to outbox events in real life, done on purpose: redelivery, duplicates, racing consumers. */
final class OutboxReplays {

    private OutboxReplays() {
    }

    /** The events of a topic about one aggregate, oldest first. */
    static List<DomainEvent> events(String topic, UUID aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> DomainEvent.<DomainEvent>list(
                "topic = ?1 and aggregateId = ?2 order by id", topic, aggregateId));
    }

    /** Hands the events out again, as after a consumer that crashed after committing, or a replay by hand. */
    static void redeliver(String topic, UUID aggregateId) {
        QuarkusTransaction.requiringNew().run(() -> DomainEvent.update(
                "handledAt = null where topic = ?1 and aggregateId = ?2", topic, aggregateId));
    }

    /** Records a second copy of an event, as a producer that retried would. */
    static void duplicate(DomainEvent original) {
        QuarkusTransaction.requiringNew().run(() -> {
            DomainEvent copy = new DomainEvent();
            copy.id = UuidV7.next();
            copy.topic = original.topic;
            copy.aggregateId = original.aggregateId;
            copy.payload = original.payload;
            copy.createdAt = original.createdAt;
            copy.persist();
        });
    }

    /** Runs a job body on several threads released at the same moment, as several instances would. */
    static void concurrently(int runs, Callable<Integer> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return job.call();
            }));
        }
        start.countDown();
        try {
            for (Future<Integer> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
    }
}
