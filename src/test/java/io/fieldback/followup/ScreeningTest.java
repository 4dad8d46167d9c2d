package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.attempts;
import static io.fieldback.followup.FollowUpFixtures.completed;
import static io.fieldback.followup.FollowUpFixtures.topAnswers;
import static io.fieldback.followup.FollowUpFixtures.topAnswersWith;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.followup.FollowUpFixtures.Callable;
import io.fieldback.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Perfunctory calls (all top marks, very short) are flagged, kept, and cleared only by a supervisor. */
@QuarkusTest
class ScreeningTest {

    private static ValidatableResponse complete(UUID call, int seconds, List<Map<String, Object>> answers) {
        return FollowUpFixtures.anyAgent().body(completed(seconds, answers)).post(attempts(call)).then().statusCode(201);
    }

    private static String clear(UUID call) {
        return FOLLOWUPS + "/" + call + "/screening/clear";
    }

    @Test
    void allTopMarksInAShortCallAreFlaggedPerfunctory() {
        UUID call = FollowUpFixtures.openCall();
        complete(call, 40, topAnswers()).body("status", equalTo("COMPLETED"))
                .body("screening.perfunctory", equalTo(true)).body("screening.flagged", equalTo(true));
    }

    @Test
    void aCallAtTheThresholdIsNotFlagged() {
        UUID call = FollowUpFixtures.openCall();
        complete(call, 60, topAnswers()).body("screening.perfunctory", equalTo(false))
                .body("screening.flagged", equalTo(false));
    }

    @Test
    void oneAnswerBelowTheTopIsNotFlagged() {
        UUID call = FollowUpFixtures.openCall();
        complete(call, 20, topAnswersWith("attitude_score", 4)).body("screening.perfunctory", equalTo(false));
    }

    @Test
    void flaggedCallsStayStoredAndAreListedBothWays() {
        Callable c = FollowUpFixtures.callable("OEM");
        UUID flagged = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), java.time.Instant.now());
        UUID honest = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), java.time.Instant.now());
        complete(flagged, 15, topAnswers());
        complete(honest, 300, topAnswers());
        List<String> flaggedIds = admin().queryParam("customerId", c.customerId().toString())
                .queryParam("flagged", true).get(FOLLOWUPS).then().statusCode(200).extract().path("items.id");
        List<String> others = admin().queryParam("customerId", c.customerId().toString())
                .queryParam("flagged", false).get(FOLLOWUPS).then().statusCode(200).extract().path("items.id");
        assertThat(flaggedIds).containsExactly(flagged.toString());
        assertThat(others).containsExactly(honest.toString());
    }

    @Test
    void aSupervisorClearsTheFlagWithAReasonAndTheCallKeepsItsHistory() {
        UUID call = FollowUpFixtures.openCall();
        complete(call, 15, topAnswers());
        FollowUpFixtures.as(Roles.ANALYST).body(Map.of("reason", "录音抽查：客户确实非常满意")).post(clear(call)).then()
                .statusCode(200).body("screening.perfunctory", equalTo(true)).body("screening.flagged", equalTo(false))
                .body("screening.clearReason", equalTo("录音抽查：客户确实非常满意"))
                .body("screening.clearedBy", notNullValue()).body("screening.clearedAt", notNullValue());
        admin().get(FOLLOWUPS + "/" + call).then().body("screening.flagged", equalTo(false))
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    void clearingNeedsAReasonAndASupervisor() {
        UUID call = FollowUpFixtures.openCall();
        complete(call, 15, topAnswers());
        admin().body(Map.of("reason", " ")).post(clear(call)).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        FollowUpFixtures.anyAgent().body(Map.of("reason", "我觉得没问题")).post(clear(call)).then().statusCode(403);
        FollowUpFixtures.as(Roles.HANDLER).body(Map.of("reason", "我觉得没问题")).post(clear(call)).then().statusCode(403);
    }

    @Test
    void onlyAStandingFlagCanBeCleared() {
        UUID honest = FollowUpFixtures.openCall();
        complete(honest, 300, topAnswers());
        admin().body(Map.of("reason", "x")).post(clear(honest)).then().statusCode(409);
        UUID flagged = FollowUpFixtures.openCall();
        complete(flagged, 10, topAnswers());
        admin().body(Map.of("reason", "核实无误")).post(clear(flagged)).then().statusCode(200);
        admin().body(Map.of("reason", "核实无误")).post(clear(flagged)).then().statusCode(409);
        admin().body(Map.of("reason", "x")).post(clear(UUID.randomUUID())).then().statusCode(404);
    }
}
