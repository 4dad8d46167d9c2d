package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.attempts;
import static io.fieldback.followup.FollowUpFixtures.completed;
import static io.fieldback.followup.FollowUpFixtures.topAnswers;
import static io.fieldback.support.StatementBudget.counted;
import static io.fieldback.support.StatementBudget.within;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The agent's and the supervisor's writes on a call stay within a budget of SQL statements (issue 21). */
@QuarkusTest
class FollowUpStatementBudgetTest {

    @Test
    void closingACallWithItsAnswers() {
        UUID call = FollowUpFixtures.openCall();
        Response response = counted(FollowUpFixtures.anyAgent()).body(completed(300, topAnswers())).post(attempts(call));
        response.then().statusCode(201);
        // +1 since the insights read model: the call's day is marked stale in the same transaction
        within("POST /followups/{id}/attempts (COMPLETED, 8 answers)", response, 13);
    }

    @Test
    void anUnansweredAttempt() {
        UUID call = FollowUpFixtures.openCall();
        Response response = counted(FollowUpFixtures.anyAgent()).body(FollowUpFixtures.attempt("NO_ANSWER", null))
                .post(attempts(call));
        response.then().statusCode(201);
        // +1 since the insights read model: a first attempt makes the call "called" in the figures
        within("POST /followups/{id}/attempts (NO_ANSWER)", response, 7);
    }

    @Test
    void clearingAPerfunctoryFlag() {
        UUID call = FollowUpFixtures.openCall();
        FollowUpFixtures.anyAgent().body(completed(20, topAnswers())).post(attempts(call)).then().statusCode(201);
        Response response = counted(FollowUpFixtures.as(Roles.ANALYST)).body(Map.of("reason", "录音抽查：确实满意"))
                .post(FOLLOWUPS + "/" + call + "/screening/clear");
        response.then().statusCode(200);
        within("POST /followups/{id}/screening/clear", response, 5);
    }
}
