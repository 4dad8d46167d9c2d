package io.fieldback.visit;

import static io.fieldback.support.StatementBudget.counted;
import static io.fieldback.support.StatementBudget.within;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The phone's writes stay within a fixed number of SQL statements per request (issue 21): the budget does not
 * grow with the visit's timeline, and a replayed event costs reads only.
 */
@QuarkusTest
class VisitStatementBudgetTest {

    private VisitFixtures f;
    private final Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void fixtures() {
        f = new VisitFixtures();
    }

    private Response send(UUID visit, Map<String, Object> event) {
        Response response = counted(f.phone()).body(event).post("/api/v1/visits/" + visit + "/events");
        response.then().statusCode(201);
        return response;
    }

    @Test
    void creatingAVisitFromThePhone() {
        UUID id = UuidV7.next();
        Response response = counted(f.phone()).body(f.visit()).put("/api/v1/visits/" + id);
        response.then().statusCode(201);
        within("PUT /visits/{id} (create, phone)", response, 6);
    }

    @Test
    void eachEventOfThePhoneFlow() {
        UUID visit = f.createVisit();
        within("POST events ARRIVED", send(visit, VisitFixtures.event(VisitEventType.ARRIVED, start)), 5);
        within("POST events DIAGNOSED", send(visit, VisitFixtures.event(VisitEventType.DIAGNOSED, start.plusSeconds(60))), 4);
        Response part = send(visit, VisitFixtures.event(VisitEventType.PART_USED, start.plusSeconds(120)));
        within("POST events PART_USED", part, 5);
        // an event later than every stored one costs no timeline read: the lock and the timeline's head are one
        // statement (each was 1 more before). A note changes nothing the visit shows: no UPDATE, the same version
        Response note = send(visit, VisitFixtures.event(VisitEventType.NOTE, start.plusSeconds(180)));
        within("POST events NOTE", note, 3);
        assertThat(note.jsonPath().getLong("version")).isEqualTo(part.jsonPath().getLong("version"));
        within("POST events COMPLETED", send(visit, VisitFixtures.event(VisitEventType.COMPLETED, start.plusSeconds(240))), 5);
    }

    @Test
    void aLateEventThatFillsInThePast() {
        UUID visit = f.createVisit();
        send(visit, VisitFixtures.event(VisitEventType.ARRIVED, start.plusSeconds(60)));
        send(visit, VisitFixtures.event(VisitEventType.COMPLETED, start.plusSeconds(240)));
        // a late event reads the timeline to refold it: the same count as before the shortcut for the latest event
        within("POST events NOTE (late, visit completed)", send(visit, VisitFixtures.event(VisitEventType.NOTE, start)), 4);
    }

    @Test
    void aReplayedEventOnlyReads() {
        UUID visit = f.createVisit();
        Map<String, Object> arrived = VisitFixtures.event(VisitEventType.ARRIVED, start);
        send(visit, arrived);
        Response replay = counted(f.phone()).body(arrived).post("/api/v1/visits/" + visit + "/events");
        replay.then().statusCode(200);
        within("POST events (replay of a stored event)", replay, 2);
    }
}
