package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VisitTransitionTest {

    private VisitFixtures f;

    @BeforeEach
    void freshStationAndCustomer() {
        f = new VisitFixtures();
    }

    private void complete(UUID visit) {
        Instant now = Instant.now();
        f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, now.minusSeconds(600)))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        f.phone().body(VisitFixtures.event(VisitEventType.COMPLETED, now.minusSeconds(60)))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
    }

    @Test
    void dispatchAssignsTechniciansOfTheStation() {
        UUID visit = f.createVisit();
        UUID colleague = VisitFixtures.technician(f.stationId);
        admin().body(Map.of("technicianIds", List.of(colleague.toString()))).post("/api/v1/visits/" + visit + "/dispatch")
                .then().statusCode(200).body("status", equalTo("DISPATCHED"))
                .body("technicianIds", equalTo(List.of(colleague.toString())));
    }

    @Test
    void dispatchRefusesATechnicianOfAnotherStation() {
        UUID visit = f.createVisit();
        UUID stranger = VisitFixtures.technician(io.fieldback.support.TestData.station(f.dealerId));
        admin().body(Map.of("technicianIds", List.of(stranger.toString()))).post("/api/v1/visits/" + visit + "/dispatch")
                .then().statusCode(400).body("errors[0].field", equalTo("technicianIds"));
    }

    @Test
    void aCompletedVisitCannotBeDispatchedOrCancelledAndSaysWhatIsAllowed() {
        UUID visit = f.createVisit();
        complete(visit);
        admin().body(Map.of("technicianIds", List.of(f.technicianId.toString())))
                .post("/api/v1/visits/" + visit + "/dispatch").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("allowed next states: none"));
        admin().body(Map.of("reason", "客户取消")).post("/api/v1/visits/" + visit + "/cancel").then().statusCode(409);
    }

    @Test
    void aVisitOnSiteCannotGoBackToDispatched() {
        UUID visit = f.createVisit();
        f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, Instant.now().minusSeconds(60)))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        admin().body(Map.of("technicianIds", List.of(f.technicianId.toString())))
                .post("/api/v1/visits/" + visit + "/dispatch").then().statusCode(409)
                .body("detail", containsString("[COMPLETED, CANCELLED]"));
    }

    @Test
    void cancellingAnOpenVisitRecordsTheReason() {
        UUID visit = f.createVisit();
        admin().body(Map.of("reason", "客户已自行修复")).post("/api/v1/visits/" + visit + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("客户已自行修复"));
        admin().get("/api/v1/visits/" + visit + "/events").then().body("type", hasItem("CANCELLED"));
    }

    @Test
    void statusEventsAfterTheEndAreRefused() {
        UUID visit = f.createVisit();
        complete(visit);
        f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, Instant.now()))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(409);
    }

    @Test
    void aLateCancellationCannotFlipACompletedVisit() {
        UUID visit = f.createVisit();
        complete(visit);
        f.phone().body(VisitFixtures.event(VisitEventType.CANCELLED, Instant.now().minusSeconds(300)))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(409);
        admin().get("/api/v1/visits/" + visit).then().body("status", equalTo("COMPLETED"));
        admin().get("/api/v1/visits/" + visit + "/events").then().body("type", org.hamcrest.Matchers.not(hasItem("CANCELLED")));
    }

    @Test
    void notesMayFollowCompletion() {
        UUID visit = f.createVisit();
        complete(visit);
        f.phone().body(VisitFixtures.event(VisitEventType.NOTE, Instant.now()))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
    }
}
