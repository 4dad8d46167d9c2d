package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.complaint;
import static io.fieldback.complaint.ComplaintFixtures.etag;
import static io.fieldback.complaint.ComplaintFixtures.events;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.complaint.ComplaintFixtures.toClosed;
import static io.fieldback.complaint.ComplaintFixtures.toRemedyDone;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.DomainEvent;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ClosureTest {

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void realTime() {
        time().reset();
    }

    private static Response answer(RequestSpecification as, UUID id, Map<String, Object> body) {
        return as.header("If-Match", etag(id)).body(body).put(path(id) + "/second-satisfaction");
    }

    private static Map<String, Object> satisfied(boolean satisfied) {
        Map<String, Object> body = new HashMap<>();
        body.put("satisfied", satisfied);
        body.put("note", satisfied ? "客户表示问题已彻底解决" : "客户仍不满意");
        return body;
    }

    @Test
    void closureRecordsTheEventThatSchedulesTheSecondSatisfactionCall() throws Exception {
        UUID dealer = TestData.dealer();
        Map<String, Object> body = ComplaintFixtures.body(TestData.customer(dealer));
        UUID visit = UUID.randomUUID();
        body.put("visitId", visit.toString());
        UUID id = ComplaintFixtures.create(body);
        toRemedyDone(id);
        ComplaintFixtures.advance(Duration.ofDays(31));
        step(id, "VERIFIED");
        assertThat(events(ComplaintWorkflow.CLOSED_TOPIC, id)).as("no event before closure").isEmpty();
        step(id, "CLOSED");
        List<DomainEvent> closed = events(ComplaintWorkflow.CLOSED_TOPIC, id);
        assertThat(closed).hasSize(1);
        DomainEvent event = closed.get(0);
        assertThat(events(ComplaintWorkflow.STATUS_CHANGED_TOPIC, id)).as("every step reaches the dealer's feed")
                .isNotEmpty().allSatisfy(e -> assertThat(e.dealerId).isEqualTo(dealer));
        assertThat(event.handledAt).isNull();
        JsonNode payload = mapper.readTree(event.payload);
        assertThat(payload.get("complaintId").asText()).isEqualTo(id.toString());
        assertThat(payload.get("customerId").asText()).isEqualTo(body.get("customerId"));
        assertThat(payload.get("visitId").asText()).isEqualTo(visit.toString());
        assertThat(payload.get("closure").asInt()).isEqualTo(1);
        String closedAt = handler().get(path(id)).path("closedAt");
        assertThat(Instant.parse(payload.get("closedAt").asText())).isEqualTo(Instant.parse(closedAt));
        handler().get(path(id)).then().body("secondSatisfaction.state", equalTo("PENDING"));
    }

    @Test
    void theSecondSatisfactionAnswerIsRecordedAgainstTheComplaint() {
        UUID id = complaint();
        toClosed(id);
        UUID call = UUID.randomUUID();
        Map<String, Object> body = satisfied(true);
        body.put("callId", call.toString());
        answer(Tokens.as(Roles.AGENT), id, body).then().statusCode(200)
                .body("secondSatisfaction.state", equalTo("RECORDED"))
                .body("secondSatisfaction.satisfied", equalTo(true))
                .body("secondSatisfaction.note", equalTo("客户表示问题已彻底解决"))
                .body("secondSatisfaction.callId", equalTo(call.toString()))
                .body("secondSatisfaction.recordedBy", startsWith("test-agent-"));
        handler().get(path(id)).then().body("secondSatisfaction.satisfied", equalTo(true))
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void theSecondSatisfactionAnswerBeforeClosureIsRefused() {
        UUID id = complaint();
        toRemedyDone(id);
        assertProblem(answer(handler(), id, satisfied(true)), 409)
                .body("detail", containsString("follows closure"));
        handler().get(path(id)).then().body("secondSatisfaction", nullValue());
    }

    @Test
    void theAnswerNeedsSatisfiedAndIfMatch() {
        UUID id = complaint();
        toClosed(id);
        assertInvalid(answer(handler(), id, Map.of("note", "没说")), "satisfied");
        assertProblem(handler().body(satisfied(true)).put(path(id) + "/second-satisfaction"), 428);
        assertProblem(answer(Tokens.as(Roles.ANALYST), id, satisfied(true)), 403);
    }

    @Test
    void eachClosureAsksAgainAndRecordsAnotherEvent() {
        UUID id = complaint();
        toClosed(id);
        answer(handler(), id, satisfied(false)).then().statusCode(200);
        step(id, "REOPENED", "INVESTIGATING", "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED", "REMEDY_DONE");
        handler().get(path(id)).then().body("secondSatisfaction.satisfied", equalTo(false));
        ComplaintFixtures.advance(Duration.ofDays(31));
        step(id, "VERIFIED", "CLOSED");
        handler().get(path(id)).then().body("secondSatisfaction.state", equalTo("PENDING"))
                .body("secondSatisfaction.satisfied", nullValue());
        List<DomainEvent> closed = events(ComplaintWorkflow.CLOSED_TOPIC, id);
        assertThat(closed).hasSize(2);
        assertThat(closed.get(1).payload).contains("\"closure\":2");
    }
}
