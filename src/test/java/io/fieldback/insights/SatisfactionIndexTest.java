package io.fieldback.insights;

import static io.fieldback.support.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * The index against the hand count of {@link HandCountedWeek}, default weights (quality 0.35, service
 * 0.35, loyalty 0.20, complaints 0.10) and no loyalty items (questionnaire v1 has none).
 */
@QuarkusTest
class SatisfactionIndexTest {

    @Inject
    DataSource db;

    static ValidatableResponse get(String query) {
        return as(Roles.ANALYST).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get("/api/v1/insights/satisfaction-index?" + query).then();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theWeeksIndexAndItsPartsMatchTheHandCount() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        ValidatableResponse r = get("from=" + w.from() + "&to=" + w.to()).statusCode(200)
                .body("granularity", equalTo("week")).body("source", equalTo("combined"))
                .body("unconfiguredParts", contains("LOYALTY"))
                .body("points", hasSize(1)).body("points[0].period", equalTo(w.week))
                .body("points[0].respondents", equalTo(5));
        String p = "points[0].parts";
        // quality: own yes/no 1,0,1 and scores 1.0,0,0.75; vendor 1,0 -> 4.75 / 8 answers = 59.375
        r.body(p + "[0].part", equalTo("PERCEIVED_QUALITY")).body(p + "[0].base", equalTo(8))
                .body(p + "[0].score", equalTo(d("59.4"))).body(p + "[0].appliedWeight", equalTo(d("0.4375")))
                // service: own 4.0 + 4.0 + 5.25, vendor 2 + 2 -> 17.25 / 24 = 71.875
                .body(p + "[1].part", equalTo("PERCEIVED_SERVICE")).body(p + "[1].base", equalTo(24))
                .body(p + "[1].score", equalTo(d("71.9")))
                // loyalty: no items, no data, weight given away
                .body(p + "[2].part", equalTo("LOYALTY")).body(p + "[2].present", equalTo(false))
                .body(p + "[2].appliedWeight", equalTo(d("0.0000")))
                // complaints: k1 k2 k3 over 11 customers due -> 100 x (1 - 3/11) = 72.727
                .body(p + "[3].part", equalTo("COMPLAINT_RATE")).body(p + "[3].base", equalTo(11))
                .body(p + "[3].score", equalTo(d("72.7"))).body(p + "[3].appliedWeight", equalTo(d("0.1250")))
                .body("points[0].complaintRate.complaints", equalTo(3))
                .body("points[0].complaintRate.due", equalTo(11))
                .body("points[0].complaintRate.rate", equalTo(d("0.2727")))
                // (59.375 x 0.35 + 71.875 x 0.35 + 72.727 x 0.10) / 0.80 = 66.513
                .body("points[0].index", equalTo(d("66.5")))
                // all five satisfied: only #9 (v1 said no to proactive); second: k1 yes, k2 no
                .body("points[0].satisfaction.firstCallRespondents", equalTo(5))
                .body("points[0].satisfaction.firstCallSatisfied", equalTo(1))
                .body("points[0].satisfaction.firstCallRate", equalTo(d("0.2000")))
                .body("points[0].satisfaction.secondAsked", equalTo(2))
                .body("points[0].satisfaction.secondSatisfied", equalTo(1))
                .body("points[0].satisfaction.secondRate", equalTo(d("0.5000")));
    }

    @Test
    void ownCallsOnly() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        // quality 3.75 / 6 = 62.5; service 13.25 / 18 = 73.611; complaints 100 x (1 - 3/9) = 66.667
        // (62.5 x 0.35 + 73.611 x 0.35 + 66.667 x 0.1) / 0.8 = 67.882
        get("from=" + w.from() + "&to=" + w.to() + "&source=own").statusCode(200)
                .body("points[0].parts[0].score", equalTo(d("62.5")))
                .body("points[0].parts[1].score", equalTo(d("73.6")))
                .body("points[0].parts[3].score", equalTo(d("66.7")))
                .body("points[0].index", equalTo(d("67.9")))
                .body("points[0].satisfaction.firstCallRespondents", equalTo(3))
                .body("points[0].satisfaction.firstCallSatisfied", equalTo(1));
    }

    @Test
    void weeksAndMonthsInOneSeriesWithEmptyOnesAtZero() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        // three weeks: the one before (#10 only: all top marks, no complaints), the hand-counted one, the one after (#11 refused)
        ValidatableResponse r = get("from=" + w.monday.minusDays(7) + "&to=" + w.monday.plusDays(13)).statusCode(200)
                .body("points", hasSize(3))
                .body("points[0].index", equalTo(d("100.0"))).body("points[0].respondents", equalTo(1))
                .body("points[1].index", equalTo(d("66.5")))
                // #11 refused, and a vendor row saying no to quality: quality 0, no service answers,
                // complaints 100 x (1 - 0/2): (0 x 0.35 + 100 x 0.10) / 0.45 = 22.2
                .body("points[2].respondents", equalTo(1)).body("points[2].parts[0].score", equalTo(d("0.0")))
                .body("points[2].parts[1].present", equalTo(false)).body("points[2].parts[3].base", equalTo(2))
                .body("points[2].index", equalTo(d("22.2")));
        r.body("points[1].period", equalTo(w.week));
        String empty = InsightsFixtures.freshMonday().toString();
        get("from=" + empty + "&to=" + empty).statusCode(200).body("points[0].index", equalTo(d("0.0")))
                .body("points[0].respondents", equalTo(0)).body("points[0].complaintRate.rate", equalTo(d("0.0000")));
        get("from=" + w.from() + "&to=" + w.to() + "&granularity=month").statusCode(200)
                .body("granularity", equalTo("month"))
                .body("points[0].period", equalTo(w.monday.toString().substring(0, 7)));
    }

    @Test
    void badInput() {
        get("from=2026-11-01&to=2026-11-30&granularity=day").statusCode(400)
                .body("errors[0].field", equalTo("granularity"));
        get("from=2026-11-01&to=2026-11-30&source=all").statusCode(400).body("errors[0].field", equalTo("source"));
    }
}
