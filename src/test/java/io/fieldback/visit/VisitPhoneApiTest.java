package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvent;
import io.fieldback.common.UuidV7;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class VisitPhoneApiTest {

    private VisitFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void freshStationAndCustomer() {
        f = new VisitFixtures();
    }

    @Test
    void putWithAClientIdCreatesTheVisit() {
        UUID id = UuidV7.next();
        f.phone().body(f.visit()).put("/api/v1/visits/" + id).then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id.toString())).body("status", equalTo("REQUESTED"))
                .body("source", equalTo("PHONE")).body("dealerId", equalTo(f.dealerId.toString()))
                .body("technicianIds", hasSize(1)).body("faultReported", equalTo("发动机启动困难，冒黑烟"));
    }

    @Test
    void replayingTheSamePutChangesNothing() {
        UUID id = UuidV7.next();
        Map<String, Object> body = f.visit();
        f.phone().body(body).put("/api/v1/visits/" + id).then().statusCode(201);
        f.phone().body(body).put("/api/v1/visits/" + id).then().statusCode(200).body("version", equalTo(0));
        // even with the If-Match of the first attempt: a retry after a lost response is not a conflict
        f.phone().header("If-Match", "\"0\"").body(body).put("/api/v1/visits/" + id).then().statusCode(200)
                .body("version", equalTo(0));
    }

    @Test
    void changingAStoredVisitNeedsTheCurrentETag() {
        UUID id = UuidV7.next();
        Map<String, Object> body = f.visit();
        f.phone().body(body).put("/api/v1/visits/" + id).then().statusCode(201);
        body.put("diagnosis", "喷油器故障");
        f.phone().body(body).put("/api/v1/visits/" + id).then().statusCode(428);
        f.phone().header("If-Match", "\"0\"").body(body).put("/api/v1/visits/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("diagnosis", equalTo("喷油器故障"));
        body.put("diagnosis", "另一诊断");
        f.phone().header("If-Match", "\"0\"").body(body).put("/api/v1/visits/" + id).then().statusCode(412);
        admin().get("/api/v1/visits/" + id).then().body("diagnosis", equalTo("喷油器故障"));
    }

    @Test
    void arrivingAndCompletingDeriveStatusTimesAndResponseTime() {
        UUID id = UuidV7.next();
        Map<String, Object> body = f.visit();
        Instant requested = Instant.parse((String) body.get("requestedAt"));
        f.phone().body(body).put("/api/v1/visits/" + id).then().statusCode(201);
        Instant arrived = requested.plus(95, ChronoUnit.MINUTES);
        f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, arrived)).post("/api/v1/visits/" + id + "/events")
                .then().statusCode(201).body("status", equalTo("ON_SITE")).body("responseMinutes", equalTo(95));
        f.phone().body(VisitFixtures.event(VisitEventType.PART_USED, arrived.plusSeconds(600)))
                .post("/api/v1/visits/" + id + "/events").then().statusCode(201).body("parts", hasSize(1));
        f.phone().body(VisitFixtures.event(VisitEventType.COMPLETED, arrived.plusSeconds(3600)))
                .post("/api/v1/visits/" + id + "/events").then().statusCode(201)
                .body("status", equalTo("COMPLETED")).body("outcome", equalTo("FIXED"))
                .body("completedAt", equalTo(arrived.plusSeconds(3600).toString()));
        admin().get("/api/v1/visits/" + id + "/events").then().statusCode(200).body("type",
                org.hamcrest.Matchers.contains("ARRIVED", "PART_USED", "COMPLETED"));
    }

    @Test
    void completingRecordsADomainEventInTheSameTransaction() {
        UUID id = f.createVisit();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, now.minusSeconds(600)))
                .post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        f.phone().body(VisitFixtures.event(VisitEventType.COMPLETED, now.minusSeconds(60)))
                .post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        long recorded = QuarkusTransaction.requiringNew().call(() -> DomainEvent.count("topic = ?1 and aggregateId = ?2",
                VisitService.VISIT_COMPLETED, id));
        assertThat(recorded).isEqualTo(1);
    }

    @Test
    void theSameEventSentTwiceIsStoredOnce() {
        UUID id = f.createVisit();
        Map<String, Object> note = VisitFixtures.event(VisitEventType.NOTE, Instant.now().minusSeconds(30));
        f.phone().body(note).post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        f.phone().body(note).post("/api/v1/visits/" + id + "/events").then().statusCode(200);
        admin().get("/api/v1/visits/" + id + "/events").then().body("$", hasSize(1));
    }

    @Test
    void anEventIdCannotBeReusedOnAnotherVisit() {
        UUID first = f.createVisit();
        UUID second = f.createVisit();
        Map<String, Object> note = VisitFixtures.event(VisitEventType.NOTE, Instant.now().minusSeconds(30));
        f.phone().body(note).post("/api/v1/visits/" + first + "/events").then().statusCode(201);
        f.phone().body(note).post("/api/v1/visits/" + second + "/events").then().statusCode(409);
    }

    @Test
    void theDealersRepairOrderNumberIsUniquePerDealer() {
        Map<String, Object> body = f.visit();
        body.put("repairOrderNumber", "RO-" + UUID.randomUUID().toString().substring(0, 8));
        Response first = admin().body(body).put("/api/v1/visits/" + UuidV7.next());
        first.then().statusCode(201).body("source", equalTo("BACK_OFFICE"));
        admin().body(body).put("/api/v1/visits/" + UuidV7.next()).then().statusCode(409);
    }
}
