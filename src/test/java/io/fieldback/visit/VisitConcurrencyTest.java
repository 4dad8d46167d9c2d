package io.fieldback.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.test.junit.QuarkusTest;

/** Many phones at once: creations and events of different visits never block or fail each other. */
@QuarkusTest
class VisitConcurrencyTest {

    private VisitFixtures f;

    @BeforeEach
    void freshStationAndCustomer() {
        f = new VisitFixtures();
    }

    @Test
    void parallelPhonesCreateAndCompleteVisitsWithoutErrors() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Integer>>> phones = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            phones.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    UUID id = UuidV7.next();
                    statuses.add(f.phone().body(f.visit()).put("/api/v1/visits/" + id).statusCode());
                    Instant now = Instant.now();
                    statuses.add(f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, now.minusSeconds(60)))
                            .post("/api/v1/visits/" + id + "/events").statusCode());
                    statuses.add(f.phone().body(VisitFixtures.event(VisitEventType.COMPLETED, now))
                            .post("/api/v1/visits/" + id + "/events").statusCode());
                }
                return statuses;
            }));
        }
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> phone : phones) {
            all.addAll(phone.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(8 * 4 * 3).containsOnly(201);
    }
}
