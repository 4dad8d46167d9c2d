package io.fieldback.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DealerChangeFeedTest {

    private SyncFixtures f;

    @Inject
    EntityManager em;

    @BeforeEach
    void aDealer() {
        f = new SyncFixtures();
    }

    private JsonPath page(String after, int limit) {
        var request = f.dms().queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/api/v1/dealer/changes").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void statusChangesAppearWithIncreasingCursorsAndReadTheSameTwice() {
        f.sync(List.of(f.completed(SyncFixtures.number(), f.t0), f.completed(SyncFixtures.number(), f.t0)));
        JsonPath first = page(null, 10);
        List<String> cursors = first.getList("items.cursor");
        assertThat(cursors).hasSize(2);
        assertThat(Long.parseLong(cursors.get(1))).isGreaterThan(Long.parseLong(cursors.get(0)));
        assertThat(first.getList("items.topic")).containsOnly("visit.status-changed");
        assertThat(first.getString("items[0].payload.to")).isEqualTo("COMPLETED");
        assertThat(page(null, 10).getList("items.cursor")).isEqualTo(cursors);
        assertThat(page(cursors.get(0), 10).getList("items.cursor")).containsExactly(cursors.get(1));
        JsonPath end = page(first.getString("nextCursor"), 10);
        assertThat(end.getList("items")).isEmpty();
        assertThat(end.getString("nextCursor")).isEqualTo(first.getString("nextCursor"));
    }

    @Test
    void eventsNumberedInOneRunKeepTheOrderTheyWereRecordedIn() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            numbers.add(SyncFixtures.number());
        }
        // one request records the eight events in item order; the feed numbers them in one run when read
        f.sync(numbers.stream().map(n -> f.completed(n, f.t0)).toList());
        assertThat(page(null, 20).getList("items.payload.repairOrderNumber")).isEqualTo(numbers);
    }

    @Test
    void aCompletionIsOneOutboxRowThatTheFeedShowsAsItsStatusChange() {
        String number = SyncFixtures.number();
        Map<String, Object> requested = f.order(number, f.t0);
        String visitId = f.sync(List.of(requested)).getString("items[0].visitId");
        Map<String, Object> onSite = f.order(number, f.t0.plusSeconds(60));
        onSite.put("status", "ON_SITE");
        onSite.put("arrivedAt", f.t0.plusSeconds(3600).toString());
        f.sync(List.of(onSite));
        Map<String, Object> completed = f.completed(number, f.t0.plusSeconds(120));
        completed.put("outcome", "NEEDS_REVISIT");
        f.sync(List.of(completed));

        JsonPath feed = page(null, 10);
        assertThat(feed.getList("items.topic")).containsExactly("visit.status-changed", "visit.status-changed");
        assertThat(feed.getList("items.aggregateId")).containsOnly(visitId);
        assertThat(feed.getMap("items[0].payload")).containsEntry("from", "REQUESTED").containsEntry("to", "ON_SITE");
        assertThat(feed.getMap("items[1].payload")).containsOnlyKeys("visitId", "repairOrderNumber", "from", "to",
                "arrivedAt", "completedAt", "outcome", "changedBy")
                .containsEntry("visitId", visitId).containsEntry("repairOrderNumber", number)
                .containsEntry("from", "ON_SITE").containsEntry("to", "COMPLETED")
                .containsEntry("arrivedAt", f.t0.plusSeconds(3600).toString())
                .containsEntry("completedAt", f.t0.plusSeconds(7200).toString())
                .containsEntry("outcome", "NEEDS_REVISIT"); // the API leaves out null fields, cancelledAt here
        assertThat(feed.getString("items[1].payload.changedBy")).startsWith("test-dealer-"); // the caller's name
        // the feed's second item is the completion's one outbox row, which the follow-up calls read too
        assertThat(outboxTopics(visitId)).containsExactly("visit.status-changed", "visit.completed");
    }

    @Test
    void anOrderCompletedBeforeOneRowPerCompletionIsStillShownOnce() {
        // stored before stop 36: the dealer's visit.status-changed and a visit.completed carrying no dealer
        UUID visit = UUID.randomUUID();
        Instant at = f.t0;
        QuarkusTransaction.requiringNew().run(() -> {
            store("visit.status-changed", visit, f.dealerId, "{\"visitId\":\"" + visit + "\",\"from\":\"REQUESTED\","
                    + "\"to\":\"COMPLETED\",\"completedAt\":\"" + at + "\"}");
            store("visit.completed", visit, null, "{\"visitId\":\"" + visit + "\",\"completedAt\":\"" + at + "\"}");
        });
        JsonPath feed = page(null, 10);
        assertThat(feed.getList("items.topic")).containsExactly("visit.status-changed");
        assertThat(feed.getString("items[0].payload.to")).isEqualTo("COMPLETED");
    }

    private void store(String topic, UUID aggregate, UUID dealer, String payload) {
        em.createNativeQuery("INSERT INTO domain_events (id, topic, aggregate_id, dealer_id, payload, created_at, "
                + "handled_at) VALUES (?1, ?2, ?3, ?4, ?5, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))")
                .setParameter(1, UuidV7.next()).setParameter(2, topic).setParameter(3, aggregate)
                .setParameter(4, dealer).setParameter(5, payload).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<String> outboxTopics(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT topic FROM domain_events "
                + "WHERE aggregate_id = ?1 ORDER BY id").setParameter(1, UUID.fromString(aggregate)).getResultList());
    }

    @Test
    void aBadCursorIs400() {
        f.dms().queryParam("after", "abc").get("/api/v1/dealer/changes").then().statusCode(400);
    }

    @Test
    void aReaderSeesEveryEventExactlyOnceWhileWritersCommitConcurrently() throws Exception {
        int writers = 4;
        int perWriter = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    f.sync(List.of(f.completed(SyncFixtures.number(), f.t0)));
                }
            }));
        }
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        String cursor = null;
        boolean writing = true;
        long deadline = System.currentTimeMillis() + 120_000; // a missed event fails the test instead of hanging it
        while ((writing || seen.size() < writers * perWriter) && System.currentTimeMillis() < deadline) {
            writing = work.stream().anyMatch(fu -> !fu.isDone());
            JsonPath page = page(cursor, 7);
            List<String> ids = page.getList("items.aggregateId");
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
            if (!writing && ids.isEmpty() && seen.size() < writers * perWriter) {
                Thread.sleep(50); // the sequencer may not have numbered the last commits yet
                if (page(cursor, 7).getList("items").isEmpty() && seen.size() < writers * perWriter) {
                    continue;
                }
            }
        }
        for (Future<?> fu : work) {
            fu.get();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        Set<String> unique = new HashSet<>(seen);
        assertThat(seen).hasSize(writers * perWriter);
        assertThat(unique).hasSize(writers * perWriter);
        assertThat(page(cursor, 100).getList("items")).isEmpty();
    }
}
