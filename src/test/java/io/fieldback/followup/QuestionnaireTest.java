package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.answer;
import static io.fieldback.followup.FollowUpFixtures.attempts;
import static io.fieldback.followup.FollowUpFixtures.completed;
import static io.fieldback.followup.FollowUpFixtures.topAnswers;
import static io.fieldback.followup.FollowUpFixtures.topAnswersWith;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Versioned questionnaires, and answers checked against the version they were given under. */
@QuarkusTest
class QuestionnaireTest {

    private static final String QUESTIONNAIRES = FOLLOWUPS + "/questionnaires";

    private static ValidatableResponse complete(UUID call, Map<String, Object> body) {
        return FollowUpFixtures.anyAgent().body(body).post(attempts(call)).then();
    }

    private static Map<String, Object> version() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("recommend", "SCALE_0_10", null));
        items.add(item("overall", "GRADE", List.of("非常满意", "满意", "一般", "不满意", "非常不满意")));
        items.add(item("parts_ok", "YES_NO", null));
        Map<String, Object> notes = item("notes", "FREE_TEXT", null);
        notes.put("required", false);
        items.add(notes);
        return Map.of("title", "测试问卷", "items", items);
    }

    private static Map<String, Object> item(String code, String type, List<String> options) {
        Map<String, Object> item = new HashMap<>();
        item.put("code", code);
        item.put("prompt", "问题 " + code);
        item.put("type", type);
        if (options != null) {
            item.put("options", options);
        }
        return item;
    }

    @Test
    void theStandardQuestionnaireIsSeededWithTheFiveItemsOfTheDomain() {
        admin().queryParam("version", 1).get(QUESTIONNAIRES).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].items.code", equalTo(List.of("quality_satisfied", "quality_score", "attitude_satisfied",
                        "attitude_score", "speed_satisfied", "speed_score", "proactive_satisfied", "proactive_score",
                        "other_feedback")))
                .body("items[0].items.dimension", hasItem("PROACTIVE_SOLVING"))
                .body("items[0].items[8].type", equalTo("FREE_TEXT")).body("items[0].items[8].required", equalTo(false));
    }

    @Test
    void anAdminCreatesTheNextVersionWhichBecomesCurrent() {
        var created = admin().body(version()).post(QUESTIONNAIRES);
        created.then().statusCode(201).body("items.code", equalTo(List.of("recommend", "overall", "parts_ok", "notes")))
                .body("items[1].options", hasSize(5));
        int number = created.path("version");
        org.assertj.core.api.Assertions.assertThat(number).isGreaterThan(1);
        admin().get(created.header("Location")).then().statusCode(200).body("version", equalTo(number));
        FollowUpFixtures.anyAgent().get(QUESTIONNAIRES + "/current").then().statusCode(200);
    }

    @Test
    void aQuestionnaireThatDoesNotHoldTogetherNamesTheItem() {
        Map<String, Object> noOptions = Map.of("title", "t", "items", List.of(item("overall", "GRADE", null)));
        admin().body(noOptions).post(QUESTIONNAIRES).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].options"));
        Map<String, Object> twice = Map.of("title", "t", "items", List.of(item("a", "YES_NO", null),
                item("a", "SCALE_1_5", null)));
        admin().body(twice).post(QUESTIONNAIRES).then().statusCode(400).body("errors[0].field", equalTo("items[1].code"));
        Map<String, Object> badType = Map.of("title", "t", "items", List.of(item("a", "STARS", null)));
        admin().body(badType).post(QUESTIONNAIRES).then().statusCode(400).body("errors[0].field", equalTo("items[0].type"));
        Map<String, Object> stray = Map.of("title", "t", "items", List.of(item("a", "YES_NO", List.of("x", "y"))));
        admin().body(stray).post(QUESTIONNAIRES).then().statusCode(400).body("errors[0].field", equalTo("items[0].options"));
        FollowUpFixtures.anyAgent().body(version()).post(QUESTIONNAIRES).then().statusCode(403);
    }

    @Test
    void anAnswerToAnUnknownItemNamesIt() {
        UUID call = FollowUpFixtures.openCall();
        complete(call, completed(120, topAnswersWith("colour", "red"))).statusCode(400)
                .body("errors[0].field", equalTo("answers[8].item")).body("errors[0].message", containsString("colour"));
    }

    @Test
    void anAnswerOfTheWrongTypeNamesItsValue() {
        UUID call = FollowUpFixtures.openCall();
        complete(call, completed(120, topAnswersWith("quality_satisfied", "yes"))).statusCode(400)
                .body("errors[0].field", equalTo("answers[7].value")).body("errors[0].message", containsString("true or false"));
        complete(call, completed(120, topAnswersWith("quality_score", 4.5))).statusCode(400)
                .body("errors[0].field", equalTo("answers[7].value"));
    }

    @Test
    void aScoreOutOfRangeNamesItsValue() {
        UUID call = FollowUpFixtures.openCall();
        complete(call, completed(120, topAnswersWith("speed_score", 6))).statusCode(400)
                .body("errors[0].field", equalTo("answers[7].value")).body("errors[0].message", containsString("1 to 5"));
        complete(call, completed(120, topAnswersWith("speed_score", 0))).statusCode(400);
    }

    @Test
    void missingRequiredAnswersAndDuplicatesAreRefused() {
        UUID call = FollowUpFixtures.openCall();
        List<Map<String, Object>> missing = new ArrayList<>(topAnswers().subList(0, 6));
        complete(call, completed(120, missing)).statusCode(400).body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", containsString("proactive_satisfied"));
        List<Map<String, Object>> twice = new ArrayList<>(topAnswers());
        twice.add(answer("quality_score", 3));
        complete(call, completed(120, twice)).statusCode(400).body("errors[0].field", equalTo("answers[8].item"));
        Map<String, Object> marked = answer("quality_score", 3);
        marked.put("problem", true);
        List<Map<String, Object>> problemOnScore = new ArrayList<>(topAnswersWith("quality_score", 3).subList(0, 7));
        problemOnScore.add(marked);
        complete(call, completed(120, problemOnScore)).statusCode(400)
                .body("errors[0].field", equalTo("answers[7].problem"));
    }

    @Test
    void anUnknownQuestionnaireVersionIsRefused() {
        UUID call = FollowUpFixtures.openCall();
        Map<String, Object> body = completed(120, topAnswers());
        body.put("questionnaireVersion", 9999);
        complete(call, body).statusCode(400).body("errors[0].field", equalTo("questionnaireVersion"));
    }

    @Test
    void answersKeepTheVersionTheyWereGivenUnder() {
        admin().body(version()).post(QUESTIONNAIRES).then().statusCode(201);
        UUID call = FollowUpFixtures.openCall();
        complete(call, completed(300, topAnswersWith("quality_score", 4))).statusCode(201)
                .body("status", equalTo("COMPLETED")).body("questionnaireVersion", equalTo(1))
                .body("answers", hasSize(8)).body("answers.find { it.item == 'quality_score' }.value", equalTo(4))
                .body("answers.find { it.item == 'quality_satisfied' }.value", equalTo(true));
    }

    @Test
    void aNewerVersionsItemTypesAreValidatedToo() {
        int number = admin().body(version()).post(QUESTIONNAIRES).then().statusCode(201).extract().path("version");
        UUID call = FollowUpFixtures.openCall();
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "COMPLETED");
        body.put("durationSeconds", 200);
        body.put("questionnaireVersion", number);
        body.put("answers", List.of(answer("recommend", 11), answer("overall", "很好"), answer("parts_ok", true)));
        complete(call, body).statusCode(400).body("errors.field", equalTo(List.of("answers[0].value", "answers[1].value")));
        body.put("answers", List.of(answer("recommend", 9), answer("overall", "满意"), answer("parts_ok", true),
                answer("notes", "配件到货及时")));
        complete(call, body).statusCode(201).body("questionnaireVersion", equalTo(number))
                .body("answers.find { it.item == 'overall' }.value", equalTo("满意"))
                .body("answers.find { it.item == 'notes' }.problem", equalTo(false));
    }
}
