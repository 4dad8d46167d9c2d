package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.test.junit.QuarkusTest;

/** Phones deliver late, twice and out of order; the visit must end the same whatever the order. */
@QuarkusTest
class VisitEventOrderTest {

    private VisitFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void freshStationAndCustomer() {
        f = new VisitFixtures();
    }

    private List<Map<String, Object>> dayOnSite(Instant start) {
        return List.of(
                VisitFixtures.event(VisitEventType.ARRIVED, start),
                VisitFixtures.event(VisitEventType.DIAGNOSED, start.plusSeconds(300)),
                VisitFixtures.event(VisitEventType.PART_USED, start.plusSeconds(900)),
                VisitFixtures.event(VisitEventType.NOTE, start.plusSeconds(1200)),
                VisitFixtures.event(VisitEventType.COMPLETED, start.plusSeconds(1800)));
    }

    /** Everything about the visit that its events decide. */
    private Map<String, Object> outcome(UUID visitId) {
        Map<String, Object> visit = admin().get("/api/v1/visits/" + visitId).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        List<Map<String, Object>> parts = admin().get("/api/v1/visits/" + visitId).jsonPath().getList("parts");
        Map<String, Object> decided = new java.util.HashMap<>();
        for (String field : List.of("status", "arrivedAt", "completedAt", "outcome", "diagnosis", "responseMinutes")) {
            decided.put(field, visit.get(field));
        }
        decided.put("parts", parts.size());
        return decided;
    }

    @Test
    void anyDeliveryOrderWithDuplicatesEndsInTheSameState() {
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> events = dayOnSite(start);
        UUID reference = f.createVisit();
        for (Map<String, Object> event : events) {
            f.phone().body(event).post("/api/v1/visits/" + reference + "/events").then().statusCode(201);
        }
        Map<String, Object> expected = outcome(reference);
        assertThat(expected.get("status")).isEqualTo("COMPLETED");

        Random random = new Random(42);
        for (int round = 0; round < 6; round++) {
            UUID visit = f.createVisit();
            List<Map<String, Object>> delivery = new ArrayList<>();
            for (Map<String, Object> event : events) {
                Map<String, Object> copy = new java.util.HashMap<>(event);
                copy.put("id", UuidV7.next().toString());
                delivery.add(copy);
                if (random.nextBoolean()) {
                    delivery.add(copy); // the phone retried
                }
            }
            Collections.shuffle(delivery, random);
            for (Map<String, Object> event : delivery) {
                int status = f.phone().body(event).post("/api/v1/visits/" + visit + "/events").statusCode();
                assertThat(status).isIn(200, 201);
            }
            assertThat(outcome(visit)).as("round %d", round).isEqualTo(expected);
            assertThat(admin().get("/api/v1/visits/" + visit + "/events").jsonPath().getList("$")).hasSize(events.size());
        }
    }

    @Test
    void aLateArrivalFillsInTheResponseTimeOfACompletedVisit() {
        UUID visit = f.createVisit();
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        f.phone().body(VisitFixtures.event(VisitEventType.COMPLETED, start.plusSeconds(1800)))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, start))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        Map<String, Object> state = outcome(visit);
        assertThat(state.get("status")).isEqualTo("COMPLETED");
        assertThat(state.get("arrivedAt")).isEqualTo(start.toString());
        assertThat(state.get("responseMinutes")).isNotNull();
    }
}
