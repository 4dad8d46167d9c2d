package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.answer;
import static io.fieldback.followup.FollowUpFixtures.attempts;
import static io.fieldback.followup.FollowUpFixtures.completed;
import static io.fieldback.followup.FollowUpFixtures.topAnswers;
import static io.fieldback.followup.FollowUpFixtures.topAnswersWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.followup.internal.EscalationService;
import io.fieldback.common.DomainEvent;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A problem raised on a call is stored as an escalation for the product line's handlers, never lost. */
@QuarkusTest
class EscalationTest {

    private static final String ESCALATIONS = FOLLOWUPS + "/escalations";

    private final String line = TestData.unique("PL");

    /** Completes a call about equipment of this test's product line; returns the call as answered. */
    private JsonPath completeWith(List<Map<String, Object>> answers) {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID unit = FollowUpFixtures.equipment(c.customerId(), line, FollowUpFixtures.LONG_AGO);
        UUID call = FollowUpFixtures.manualCall(c.customerId(), unit, Instant.now());
        return FollowUpFixtures.anyAgent().body(completed(240, answers)).post(attempts(call)).then().statusCode(201)
                .extract().jsonPath();
    }

    private static JsonPath escalation(JsonPath call) {
        String id = call.getString("escalationId");
        assertThat(id).as("escalation of call %s", call.getString("id")).isNotNull();
        return FollowUpFixtures.as(Roles.HANDLER).get(ESCALATIONS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void notSatisfiedWithQualityRaisesAnEscalationForTheProductLine() {
        JsonPath call = completeWith(topAnswersWith("quality_satisfied", false));
        JsonPath escalation = escalation(call);
        assertThat(escalation.getString("followUpId")).isEqualTo(call.getString("id"));
        assertThat(escalation.getString("customerId")).isEqualTo(call.getString("customerId"));
        assertThat(escalation.getString("equipmentId")).isEqualTo(call.getString("equipmentId"));
        assertThat(escalation.getString("productLine")).isEqualTo(line);
        assertThat(escalation.getString("category")).isEqualTo("PRODUCT_QUALITY");
        assertThat(escalation.getString("severity")).isEqualTo("NORMAL");
        assertThat(escalation.getString("summary")).contains("您对产品质量是否满意");
        FollowUpFixtures.as(Roles.HANDLER).queryParam("productLine", line).get(ESCALATIONS).then().statusCode(200)
                .body("items.id", equalTo(List.of(escalation.getString("id"))));
    }

    @Test
    void aLowScoreRaisesAnEscalationAndTheLowestIsUrgent() {
        JsonPath two = escalation(completeWith(topAnswersWith("speed_score", 2)));
        assertThat(two.getString("category")).isEqualTo("RESPONSE_SPEED");
        assertThat(two.getString("severity")).isEqualTo("NORMAL");
        assertThat(two.getString("summary")).contains("2/5");
        JsonPath one = escalation(completeWith(topAnswersWith("attitude_score", 1)));
        assertThat(one.getString("category")).isEqualTo("SERVICE_ATTITUDE");
        assertThat(one.getString("severity")).isEqualTo("URGENT");
    }

    @Test
    void freeTextMarkedAsAProblemIsEscalatedWithItsText() {
        Map<String, Object> text = answer("other_feedback", "发动机漏油，希望尽快派人检查");
        text.put("problem", true);
        List<Map<String, Object>> answers = new java.util.ArrayList<>(topAnswers());
        answers.add(text);
        JsonPath escalation = escalation(completeWith(answers));
        assertThat(escalation.getString("summary")).contains("发动机漏油，希望尽快派人检查");
        assertThat(escalation.getString("category")).isEqualTo("OTHER");
    }

    @Test
    void freeTextNotMarkedAndScoresOfThreeRaiseNothing() {
        List<Map<String, Object>> answers = new java.util.ArrayList<>(topAnswersWith("quality_score", 3));
        answers.add(answer("other_feedback", "希望服务站多备些滤芯"));
        JsonPath call = completeWith(answers);
        assertThat(call.getString("escalationId")).isNull();
        FollowUpFixtures.as(Roles.HANDLER).queryParam("productLine", line).get(ESCALATIONS).then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void problemsOnThreeItemsAreUrgent() {
        List<Map<String, Object>> answers = new java.util.ArrayList<>(topAnswers().stream()
                .filter(a -> !List.of("quality_satisfied", "speed_satisfied", "proactive_score").contains(a.get("item")))
                .toList());
        answers.add(answer("quality_satisfied", false));
        answers.add(answer("speed_satisfied", false));
        answers.add(answer("proactive_score", 2));
        JsonPath escalation = escalation(completeWith(answers));
        assertThat(escalation.getString("severity")).isEqualTo("URGENT");
        assertThat(escalation.getString("summary").lines()).hasSize(3);
    }

    @Test
    void theEscalationIsPublishedWithWhatAComplaintIntakeNeeds() throws Exception {
        Map<String, Object> text = answer("other_feedback", "启动困难");
        text.put("problem", true);
        List<Map<String, Object>> answers = new java.util.ArrayList<>(topAnswersWith("quality_score", 1));
        answers.add(text);
        JsonPath call = completeWith(answers);
        UUID escalationId = UUID.fromString(call.getString("escalationId"));
        String payload = QuarkusTransaction.requiringNew().call(() -> DomainEvent.<DomainEvent>find(
                "topic = ?1 and aggregateId = ?2", EscalationService.FOLLOWUP_ESCALATED, escalationId)
                .singleResult().payload);
        JsonPath event = JsonPath.from(payload);
        assertThat(event.getString("followUpId")).isEqualTo(call.getString("id"));
        assertThat(event.getString("customerId")).isEqualTo(call.getString("customerId"));
        assertThat(event.getString("equipmentId")).isEqualTo(call.getString("equipmentId"));
        assertThat(event.getString("productLine")).isEqualTo(line);
        assertThat(event.getString("severity")).isEqualTo("URGENT");
        assertThat(event.getString("category")).isEqualTo("PRODUCT_QUALITY");
        assertThat(event.getString("text")).contains("启动困难");
        assertThat(event.getList("items")).containsExactly("quality_score", "other_feedback");
    }

    @Test
    void escalationsAreForHandlersAnalystsAndAdminsOnly() {
        FollowUpFixtures.anyAgent().get(ESCALATIONS).then().statusCode(403);
        io.fieldback.support.Tokens.dealer(UUID.randomUUID()).get(ESCALATIONS).then().statusCode(403);
        FollowUpFixtures.as(Roles.ANALYST).get(ESCALATIONS).then().statusCode(200);
        FollowUpFixtures.as(Roles.HANDLER).get(ESCALATIONS + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("escalation"));
        FollowUpFixtures.as(Roles.HANDLER).queryParam("severity", "SEVERE").get(ESCALATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("severity"));
    }
}
