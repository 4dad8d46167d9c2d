package io.fieldback.dispatch;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.stationManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** PROPOSED -> ASSIGNED -> ACCEPTED | DECLINED -> EN_ROUTE -> ON_SITE, from the dispatcher and the phone. */
@QuarkusTest
class AssignmentLifecycleTest {

    DispatchFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        f = new DispatchFixtures();
    }

    static UUID assign(DispatchFixtures f, UUID visit, UUID tech, String status) {
        return UUID.fromString(stationManager(f.stationId).body(Map.of("technicianId", tech.toString(), "status", status))
                .post("/api/v1/visits/" + visit + "/assignments").then().statusCode(201)
                .body("status", equalTo(status)).extract().path("id"));
    }

    static ValidatableResponse answer(DispatchFixtures f, UUID tech, UUID assignment, String type, UUID eventId) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", eventId.toString());
        body.put("type", type);
        body.put("occurredAt", Instant.now().minusSeconds(60).toString());
        if (type.equals("EN_ROUTE")) {
            body.put("eta", Instant.now().plusSeconds(1800).toString());
        }
        return f.phone(tech).body(body).post("/api/v1/me/assignments/" + assignment + "/events").then();
    }

    @Test
    void aProposalReachesThePhoneOnlyOnceConfirmed() {
        UUID tech = f.capableTechnician("刘师傅", b -> { });
        UUID visit = f.visitOnDay(9, 12, 5);
        UUID assignment = assign(f, visit, tech, "PROPOSED");
        f.phone(tech).get("/api/v1/me/assignments").then().statusCode(200).body("id", not(hasItem(assignment.toString())));
        stationManager(f.stationId).post("/api/v1/assignments/" + assignment + "/confirm").then().statusCode(200)
                .body("status", equalTo("ASSIGNED"));
        f.phone(tech).get("/api/v1/me/assignments").then().statusCode(200).body("id", contains(assignment.toString()));
        // the visit's timeline carries it: the phone's delta feed shows the visit
        f.phone(tech).get("/api/v1/me/visits").then().statusCode(200).body("items.id", hasItem(visit.toString()));
        admin().get("/api/v1/visits/" + visit).then().body("status", equalTo("DISPATCHED"))
                .body("technicianIds", contains(tech.toString()));
    }

    @Test
    void thePhoneAcceptsSetsOffAndArrivesAndAResendChangesNothing() {
        UUID tech = f.capableTechnician("陈师傅", b -> { });
        UUID visit = f.visitOnDay(9, 12, 5);
        UUID assignment = assign(f, visit, tech, "ASSIGNED");
        UUID accept = UuidV7.next();
        answer(f, tech, assignment, "ACCEPTED", accept).statusCode(201).body("status", equalTo("ACCEPTED"))
                .body("pinned", equalTo(true));
        answer(f, tech, assignment, "ACCEPTED", accept).statusCode(200).body("status", equalTo("ACCEPTED"));
        answer(f, tech, assignment, "EN_ROUTE", UuidV7.next()).statusCode(201).body("status", equalTo("EN_ROUTE"))
                .body("eta", org.hamcrest.Matchers.notNullValue());
        answer(f, tech, assignment, "ON_SITE", UuidV7.next()).statusCode(201).body("status", equalTo("ON_SITE"));
        admin().get("/api/v1/visits/" + visit).then().body("status", equalTo("ON_SITE"));
        // a late ACCEPTED resent from the phone's outbox with a new id is kept, not a step back
        answer(f, tech, assignment, "ACCEPTED", UuidV7.next()).statusCode(201).body("status", equalTo("ON_SITE"));
        admin().get("/api/v1/visits/" + visit + "/dispatch-details").then().body("promise", equalTo("ON_TIME"));
    }

    @Test
    void aDeclinedVisitReturnsToTheQueue() {
        UUID tech = f.capableTechnician("黄师傅", b -> { });
        UUID visit = f.visitOnDay(9, 12, 5);
        UUID assignment = assign(f, visit, tech, "ASSIGNED");
        stationManager(f.stationId).get("/api/v1/stations/" + f.stationId + "/dispatch-queue").then().statusCode(200)
                .body("visitId", not(hasItem(visit.toString())));
        f.phone(tech).body(Map.of("id", UuidV7.next().toString(), "type", "DECLINED", "note", "车坏了",
                "occurredAt", Instant.now().minusSeconds(30).toString()))
                .post("/api/v1/me/assignments/" + assignment + "/events").then().statusCode(201)
                .body("status", equalTo("DECLINED")).body("note", equalTo("车坏了"));
        stationManager(f.stationId).get("/api/v1/stations/" + f.stationId + "/dispatch-queue").then().statusCode(200)
                .body("visitId", hasItem(visit.toString()));
        admin().get("/api/v1/visits/" + visit).then().body("technicianIds.size()", equalTo(0));
    }

    @Test
    void acceptingAWithdrawnAssignmentIsAConflict() {
        UUID tech = f.capableTechnician("吴师傅", b -> { });
        UUID visit = f.visitOnDay(9, 12, 5);
        UUID assignment = assign(f, visit, tech, "ASSIGNED");
        stationManager(f.stationId).post("/api/v1/assignments/" + assignment + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        answer(f, tech, assignment, "ACCEPTED", UuidV7.next()).statusCode(409)
                .body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void reassigningWithdrawsTheOldOneButAnAcceptedOneIsPinned() {
        UUID first = f.capableTechnician("甲", b -> { });
        UUID second = f.capableTechnician("乙", b -> { });
        UUID visit = f.visitOnDay(9, 12, 5);
        UUID a1 = assign(f, visit, first, "ASSIGNED");
        UUID a2 = assign(f, visit, second, "ASSIGNED");
        admin().get("/api/v1/visits/" + visit + "/assignments").then().statusCode(200)
                .body("status", contains("WITHDRAWN", "ASSIGNED")).body("id", contains(a1.toString(), a2.toString()));
        answer(f, second, a2, "ACCEPTED", UuidV7.next()).statusCode(201);
        stationManager(f.stationId).body(Map.of("technicianId", first.toString()))
                .post("/api/v1/visits/" + visit + "/assignments").then().statusCode(409)
                .body("detail", containsString("pinned"));
    }

    @Test
    void aTechnicianAnswersOnlyTheirOwnAssignments() {
        UUID tech = f.capableTechnician("郑师傅", b -> { });
        UUID colleague = f.capableTechnician("冯师傅", b -> { });
        UUID assignment = assign(f, f.visitOnDay(9, 12, 5), tech, "ASSIGNED");
        answer(f, colleague, assignment, "ACCEPTED", UuidV7.next()).statusCode(404);
        f.phone(colleague).get("/api/v1/me/assignments").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void assignedAndEnRouteAreAnnouncedForNotifications() {
        UUID tech = f.capableTechnician("卫师傅", b -> { });
        UUID visit = f.visitOnDay(9, 12, 5);
        UUID assignment = assign(f, visit, tech, "ASSIGNED");
        answer(f, tech, assignment, "ACCEPTED", UuidV7.next()).statusCode(201);
        answer(f, tech, assignment, "EN_ROUTE", UuidV7.next()).statusCode(201);
        List<Map<String, Object>> events = DomainEventsProbe.payloads(visit);
        org.assertj.core.api.Assertions.assertThat(events).extracting(e -> e.get("topic"))
                .contains("dispatch.assigned", "dispatch.en-route");
        org.assertj.core.api.Assertions.assertThat(events).filteredOn(e -> "dispatch.en-route".equals(e.get("topic")))
                .singleElement().satisfies(e -> org.assertj.core.api.Assertions.assertThat((String) e.get("payload"))
                        .contains("\"technicianId\":\"" + tech + "\"", "\"customerId\":\"" + f.customerId + "\"",
                                "\"stationId\":\"" + f.stationId + "\"", "\"eta\":\"", "\"visitId\":\"" + visit + "\""));
    }
}
