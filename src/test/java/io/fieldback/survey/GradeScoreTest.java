package io.fieldback.survey;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.customer.CustomerFixtures;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.fieldback.survey.internal.importing.SurveyImporter;

/**
 * A seven-level grade (A, A-, B+, B, B-, C, D; C counts 0, D -100) whose options carry scores: the mean
 * score per item, dimension and period from own calls and vendor rows equals a hand count. The calls
 * and interviews fall in June 2015, which no other test uses.
 */
@QuarkusTest
class GradeScoreTest {

    private static final List<String> GRADES = List.of("A", "A-", "B+", "B", "B-", "C", "D");
    private static final List<Integer> SCORES = List.of(100, 80, 60, 40, 20, 0, -100);

    @Inject
    SurveyImporter importer;

    private static Map<String, Object> grade(String code, String dimension, boolean scored) {
        Map<String, Object> item = new HashMap<>();
        item.put("code", code);
        item.put("prompt", "本周对供应商的评级");
        item.put("type", "GRADE");
        item.put("dimension", dimension);
        item.put("options", GRADES);
        item.put("optionScores", scored ? SCORES : List.of());
        return item;
    }

    /** A new questionnaire version with two scored grades and one unscored one; returns its version. */
    private static int questionnaire() {
        Map<String, Object> body = Map.of("title", "供应商周评级", "items", List.of(
                grade("quality_grade", "PRODUCT_QUALITY", true), grade("delivery_grade", "PRODUCT_QUALITY", true),
                grade("plain_grade", "SERVICE_ATTITUDE", false)));
        return admin().body(body).post("/api/v1/followups/questionnaires").then().statusCode(201)
                .body("items[0].optionScores", hasSize(7)).body("items[2].optionScores", nullValue())
                .extract().path("version");
    }

    private static List<Map<String, Object>> answers(String quality, String delivery) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(Map.of("item", "quality_grade", "value", quality));
        answers.add(Map.of("item", "delivery_grade", "value", delivery));
        answers.add(Map.of("item", "plain_grade", "value", "D"));
        return answers;
    }

    /** An own call due in the first week of June 2015, completed with these grades. */
    private static void ownCall(int version, String quality, String delivery) {
        Map<String, Object> customer = new HashMap<>(TestData.customer());
        UUID customerId = UUID.fromString(admin().body(customer).post("/api/v1/customers").then().statusCode(201)
                .extract().path("id"));
        admin().body(Map.of("name", "李师傅", "role", "QUALITY_MANAGER", "phone", CustomerFixtures.mobile(),
                "preferred", true)).post("/api/v1/customers/" + customerId + "/contacts").then().statusCode(201);
        String call = admin().body(Map.of("customerId", customerId.toString(), "dueAt", "2015-06-02T02:00:00Z"))
                .post("/api/v1/followups").then().statusCode(201).extract().path("id");
        Map<String, Object> attempt = new HashMap<>();
        attempt.put("outcome", "COMPLETED");
        attempt.put("durationSeconds", 300);
        attempt.put("questionnaireVersion", version);
        attempt.put("answers", answers(quality, delivery));
        Tokens.as(Roles.AGENT).body(attempt).post("/api/v1/followups/" + call + "/attempts").then().statusCode(201);
    }

    private static ValidatableResponse scores(String query) {
        return Tokens.as(Roles.ANALYST).config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get("/api/v1/insights/grade-scores?" + query).then().statusCode(200);
    }

    @Test
    void theMeanScorePerItemDimensionAndPeriodEqualsAHandCount() {
        int version = questionnaire();
        // own calls (week 2015-W23): quality A, B, D = 100, 40, -100; delivery C, C, A- = 0, 0, 80
        ownCall(version, "A", "C");
        ownCall(version, "B", "C");
        ownCall(version, "D", "A-");
        // vendor rows, interviewed 2015-06-03 (W23) and 2015-06-10 (W24)
        SurveyFixtures f = new SurveyFixtures();
        String json = """
                [{"rowId": "G1", "customerCode": "%1$s", "interviewDate": "2015-06-03", "method": "PHONE",
                  "answers": {"quality_grade": "B+", "delivery_grade": "B-", "plain_grade": "A"}},
                 {"rowId": "G2", "customerCode": "%1$s", "interviewDate": "2015-06-10", "method": "PHONE",
                  "answers": {"quality_grade": "C", "delivery_grade": "D", "plain_grade": "A"}}]"""
                .formatted(f.customerCode);
        String id = f.vendor().contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8))
                // the JSON upload's own operation, the one generated clients can reach
                .post(SurveyFixtures.BATCHES + "/json?batchId=" + TestData.unique("G") + "&questionnaireVersion=" + version)
                .then().statusCode(202).extract().path("id");
        assertThat(importer.runBatch(UUID.fromString(id), Integer.MAX_VALUE)).isTrue();
        f.vendor().get(SurveyFixtures.BATCHES + "/" + id).then().body("accepted", equalTo(2));

        // hand count, week 23: quality own (100 + 40 - 100) / 3 = 13.33, vendor B+ 60, both 100 / 4 = 25.00;
        // delivery own (0 + 0 + 80) / 3 = 26.67, vendor B- 20, both 100 / 4 = 25.00;
        // the PRODUCT_QUALITY part: own 120 / 6 = 20.00, vendor 80 / 2 = 40.00, both 200 / 8 = 25.00
        // week 24: vendor only, quality C 0, delivery D -100, the part -100 / 2 = -50.00
        ValidatableResponse weeks = scores("from=2015-06-01&to=2015-06-14");
        weeks.body("periods", hasSize(2)).body("periods[0].period", equalTo("2015-W23"))
                .body("periods[0].items.item", org.hamcrest.Matchers.contains("delivery_grade", "quality_grade"))
                .body("periods[0].items[1].dimension", equalTo("PRODUCT_QUALITY"))
                .body("periods[0].items[1].own.answers", equalTo(3))
                .body("periods[0].items[1].own.meanScore", equalTo(new BigDecimal("13.33")))
                .body("periods[0].items[1].vendor.meanScore", equalTo(new BigDecimal("60.00")))
                .body("periods[0].items[1].combined.meanScore", equalTo(new BigDecimal("25.00")))
                .body("periods[0].items[0].own.meanScore", equalTo(new BigDecimal("26.67")))
                .body("periods[0].items[0].vendor.meanScore", equalTo(new BigDecimal("20.00")))
                .body("periods[0].items[0].combined.answers", equalTo(4))
                .body("periods[0].parts", hasSize(1))
                .body("periods[0].parts[0].dimension", equalTo("PRODUCT_QUALITY"))
                .body("periods[0].parts[0].own.meanScore", equalTo(new BigDecimal("20.00")))
                .body("periods[0].parts[0].vendor.meanScore", equalTo(new BigDecimal("40.00")))
                .body("periods[0].parts[0].combined.answers", equalTo(8))
                .body("periods[0].parts[0].combined.meanScore", equalTo(new BigDecimal("25.00")))
                .body("periods[1].items[1].own.answers", equalTo(0))
                .body("periods[1].items[1].own.meanScore", nullValue())
                .body("periods[1].items[1].vendor.meanScore", equalTo(new BigDecimal("0.00")))
                .body("periods[1].parts[0].combined.meanScore", equalTo(new BigDecimal("-50.00")));
        // the month: quality 100 / 5 = 20.00 (100, 40, -100, 60, 0); delivery 0 / 5 = 0.00 (0, 0, 80, 20, -100)
        scores("from=2015-06-01&to=2015-06-30&granularity=month").body("periods", hasSize(1))
                .body("periods[0].items[1].combined.meanScore", equalTo(new BigDecimal("20.00")))
                .body("periods[0].items[0].combined.meanScore", equalTo(new BigDecimal("0.00")))
                .body("periods[0].parts[0].combined.meanScore", equalTo(new BigDecimal("10.00")));
    }

    @Test
    void scoresNeedOneNumberPerOptionOfAGrade() {
        Map<String, Object> tooFew = grade("weekly", null, true);
        tooFew.put("optionScores", List.of(100, 0));
        admin().body(Map.of("title", "t", "items", List.of(tooFew))).post("/api/v1/followups/questionnaires").then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].optionScores"));
        Map<String, Object> yesNo = new HashMap<>(Map.of("code", "ok", "prompt", "满意吗", "type", "YES_NO",
                "optionScores", List.of(1)));
        admin().body(Map.of("title", "t", "items", List.of(yesNo))).post("/api/v1/followups/questionnaires").then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].optionScores"));
    }
}
