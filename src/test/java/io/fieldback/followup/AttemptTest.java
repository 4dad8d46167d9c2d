package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.attempt;
import static io.fieldback.followup.FollowUpFixtures.attempts;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Attempts move a call on: retries spaced out, then unreachable; refusal and completion close it. */
@QuarkusTest
class AttemptTest {

    @Inject
    TimeSource time;

    private final String agentName = TestData.unique("agent");

    @AfterEach
    void realTime() {
        time.reset();
    }

    private RequestSpecification agent() {
        return FollowUpFixtures.agent(agentName);
    }

    private void later(Duration by) {
        time.use(Clock.offset(time.clock(), by));
    }

    @Test
    void unansweredAttemptsUpToTheMaximumMakeTheCallUnreachable() {
        UUID call = FollowUpFixtures.openCall();
        agent().body(attempt("NO_ANSWER", null)).post(attempts(call)).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("attemptCount", equalTo(1)).body("unansweredAttempts", equalTo(1))
                .body("attempts", hasSize(1)).body("attempts[0].agent", equalTo(agentName))
                .body("attempts[0].durationSeconds", equalTo(30));
        later(Duration.ofHours(2));
        agent().body(attempt("BUSY", null)).post(attempts(call)).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("unansweredAttempts", equalTo(2));
        later(Duration.ofHours(2));
        agent().body(attempt("NO_ANSWER", null)).post(attempts(call)).then().statusCode(201)
                .body("status", equalTo("UNREACHABLE")).body("closeReason", equalTo("MAX_ATTEMPTS"))
                .body("closedAt", org.hamcrest.Matchers.notNullValue()).body("attempts.number", equalTo(
                        java.util.List.of(1, 2, 3)));
    }

    @Test
    void unansweredAttemptsCloserThanTheIntervalAreRefused() {
        UUID call = FollowUpFixtures.openCall();
        agent().body(attempt("NO_ANSWER", null)).post(attempts(call)).then().statusCode(201);
        later(Duration.ofMinutes(90));
        agent().body(attempt("BUSY", null)).post(attempts(call)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("120 minutes apart"));
        later(Duration.ofMinutes(31));
        agent().body(attempt("BUSY", null)).post(attempts(call)).then().statusCode(201);
    }

    @Test
    void anUnansweredCallReturnsToTheQueueOnlyAfterTheInterval() {
        String line = TestData.unique("PL");
        FollowUpFixtures.Callable c = FollowUpFixtures.callable("END_USER");
        UUID unit = FollowUpFixtures.equipment(c.customerId(), line, FollowUpFixtures.LONG_AGO);
        UUID call = FollowUpFixtures.manualCall(c.customerId(), unit, Instant.now().minusSeconds(60));
        io.fieldback.support.Tokens.admin().body(Map.of("name", "张丽", "productLines", java.util.List.of(line)))
                .put(FollowUpFixtures.FOLLOWUPS + "/agents/" + agentName).then().statusCode(201);
        agent().body(attempt("NO_ANSWER", null)).post(attempts(call)).then().statusCode(201);
        var early = agent().post(FollowUpFixtures.FOLLOWUPS + "/next");
        if (early.statusCode() == 200) {
            org.assertj.core.api.Assertions.assertThat((String) early.path("id")).isNotEqualTo(call.toString());
        }
        later(Duration.ofMinutes(121));
        agent().post(FollowUpFixtures.FOLLOWUPS + "/next").then().statusCode(200).body("id", equalTo(call.toString()));
    }

    @Test
    void aRefusalClosesTheCallAsRefused() {
        UUID call = FollowUpFixtures.openCall();
        agent().body(attempt("REFUSED", null)).post(attempts(call)).then().statusCode(201)
                .body("status", equalTo("REFUSED"));
    }

    @Test
    void aRefusalWithAnEmptyAnswersListIsARefusalWithoutAnswers() {
        // generated clients send [] for every list they were given nothing for: an empty list means none
        UUID call = FollowUpFixtures.openCall();
        Map<String, Object> body = attempt("REFUSED", null);
        body.put("answers", java.util.List.of());
        agent().body(body).post(attempts(call)).then().statusCode(201).body("status", equalTo("REFUSED"));
        UUID other = FollowUpFixtures.openCall();
        Map<String, Object> answered = attempt("BUSY", null);
        answered.put("answers", FollowUpFixtures.topAnswers());
        agent().body(answered).post(attempts(other)).then().statusCode(400).body("errors[0].field", equalTo("answers"));
    }

    @Test
    void aWrongNumberClosesTheCallAsUnreachable() {
        UUID call = FollowUpFixtures.openCall();
        agent().body(attempt("WRONG_NUMBER", null)).post(attempts(call)).then().statusCode(201)
                .body("status", equalTo("UNREACHABLE")).body("closeReason", equalTo("WRONG_NUMBER"));
    }

    @Test
    void anAttemptOnAClosedCallIsAConflict() {
        UUID call = FollowUpFixtures.openCall();
        agent().body(attempt("REFUSED", null)).post(attempts(call)).then().statusCode(201);
        agent().body(attempt("NO_ANSWER", null)).post(attempts(call)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("closed (REFUSED)"));
    }

    @Test
    void aCallbackKeepsTheCallOpenUntilTheCustomersTime() {
        UUID call = FollowUpFixtures.openCall();
        Instant at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = attempt("CALLBACK_REQUESTED", null);
        body.put("callbackAt", at.toString());
        agent().body(body).post(attempts(call)).then().statusCode(201).body("status", equalTo("OPEN"))
                .body("unansweredAttempts", equalTo(0)).body("attempts[0].callbackAt", equalTo(at.toString()));
    }

    @Test
    void aCallbackInThePastOrWithoutATimeNamesCallbackAt() {
        UUID call = FollowUpFixtures.openCall();
        Map<String, Object> body = attempt("CALLBACK_REQUESTED", null);
        agent().body(body).post(attempts(call)).then().statusCode(400).body("errors[0].field", equalTo("callbackAt"));
        body.put("callbackAt", Instant.now().minusSeconds(3600).toString());
        agent().body(body).post(attempts(call)).then().statusCode(400).body("errors[0].field", equalTo("callbackAt"))
                .body("errors[0].message", containsString("past"));
        Map<String, Object> busy = attempt("BUSY", null);
        busy.put("callbackAt", Instant.now().plusSeconds(3600).toString());
        agent().body(busy).post(attempts(call)).then().statusCode(400).body("errors[0].field", equalTo("callbackAt"));
    }

    @Test
    void aBadAttemptNamesTheField() {
        UUID call = FollowUpFixtures.openCall();
        agent().body(Map.of("outcome", "HUNG_UP", "durationSeconds", 5)).post(attempts(call)).then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        agent().body(Map.of("outcome", "BUSY")).post(attempts(call)).then().statusCode(400)
                .body("errors[0].field", equalTo("durationSeconds"));
        agent().body(Map.of("outcome", "BUSY", "durationSeconds", -1)).post(attempts(call)).then().statusCode(400)
                .body("errors[0].field", equalTo("durationSeconds"));
        Map<String, Object> future = attempt("BUSY", Instant.now().plus(1, ChronoUnit.HOURS));
        agent().body(future).post(attempts(call)).then().statusCode(400).body("errors[0].field", equalTo("startedAt"));
        agent().body(attempt("COMPLETED", null)).post(attempts(call)).then().statusCode(400)
                .body("errors[0].field", equalTo("answers"));
    }

    @Test
    void aCallAnotherAgentHoldsTakesNoAttemptFromSomeoneElse() {
        String line = TestData.unique("PL");
        FollowUpFixtures.Callable c = FollowUpFixtures.callable("END_USER");
        UUID unit = FollowUpFixtures.equipment(c.customerId(), line, FollowUpFixtures.LONG_AGO);
        UUID call = FollowUpFixtures.manualCall(c.customerId(), unit, Instant.now().minusSeconds(60));
        io.fieldback.support.Tokens.admin().body(Map.of("name", "张丽", "productLines", java.util.List.of(line)))
                .put(FollowUpFixtures.FOLLOWUPS + "/agents/" + agentName).then().statusCode(201);
        agent().post(FollowUpFixtures.FOLLOWUPS + "/next").then().statusCode(200).body("id", equalTo(call.toString()));
        FollowUpFixtures.anyAgent().body(attempt("NO_ANSWER", null)).post(attempts(call)).then().statusCode(409)
                .body("detail", containsString("another agent"));
        agent().body(attempt("NO_ANSWER", null)).post(attempts(call)).then().statusCode(201)
                .body("claimedBy", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anAttemptIsIdempotentByKey() {
        UUID call = FollowUpFixtures.openCall();
        String key = UUID.randomUUID().toString();
        agent().header("Idempotency-Key", key).body(attempt("NO_ANSWER", null)).post(attempts(call)).then()
                .statusCode(201);
        agent().header("Idempotency-Key", key).body(attempt("NO_ANSWER", null)).post(attempts(call)).then()
                .statusCode(201).header("Idempotent-Replayed", "true");
        org.assertj.core.api.Assertions.assertThat(FollowUpFixtures.call(call).getList("attempts")).hasSize(1);
    }

    @Test
    void anUnknownCallIs404() {
        agent().body(attempt("NO_ANSWER", null)).post(attempts(UUID.randomUUID())).then().statusCode(404);
    }
}
