package io.fieldback.insights;

import static io.fieldback.support.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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

/** Complaint figures of a week, computed by the complaint feature's figures, against the hand count. */
@QuarkusTest
class ComplaintInsightTest {

    @Inject
    DataSource db;

    static ValidatableResponse get(String query) {
        return as(Roles.ANALYST).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get("/api/v1/insights/complaints?" + query).then();
    }

    @Test
    void onTimeRatesParetoTimeToCloseAndRecurrences() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        get("from=" + w.from() + "&to=" + w.to()).statusCode(200)
                .body("received", equalTo(3)).body("duplicatesExcluded", equalTo(1))
                // first contact: k1 met, k2 missed, k3 met
                .body("onTime[0].clock", equalTo("FIRST_CONTACT")).body("onTime[0].met", equalTo(2))
                .body("onTime[0].missed", equalTo(1)).body("onTime[0].running", equalTo(0))
                .body("onTime[0].onTimeRate", equalTo(new BigDecimal("0.6667")))
                // reply: k1 missed, k2 met, k3 running
                .body("onTime[1].met", equalTo(1)).body("onTime[1].missed", equalTo(1))
                .body("onTime[1].running", equalTo(1)).body("onTime[1].onTimeRate", equalTo(new BigDecimal("0.5000")))
                // corrective report: k2 met, k1 and k3 running
                .body("onTime[2].met", equalTo(1)).body("onTime[2].running", equalTo(2))
                .body("onTime[2].onTimeRate", equalTo(new BigDecimal("1.0000")))
                .body("pareto.category", contains("PRODUCT_QUALITY", "PARTS", "SERVICE_ATTITUDE", "RESPONSE_SPEED",
                        "PRICE", "OTHER"))
                .body("pareto[0].count", equalTo(2)).body("pareto[0].share", equalTo(new BigDecimal("0.6667")))
                .body("pareto[0].cumulativeShare", equalTo(new BigDecimal("0.6667")))
                .body("pareto[1].count", equalTo(1)).body("pareto[1].cumulativeShare", equalTo(new BigDecimal("1.0000")))
                .body("pareto[2].count", equalTo(0)) // the duplicate's category stays empty
                .body("closed", equalTo(1)).body("meanHoursToClose", equalTo(new BigDecimal("96.00")))
                .body("recurrences", equalTo(1));
    }

    @Test
    void anEmptyWeekIsZeros() {
        String day = InsightsFixtures.freshMonday().toString();
        get("from=" + day + "&to=" + day).statusCode(200).body("received", equalTo(0))
                .body("onTime[0].onTimeRate", equalTo(new BigDecimal("0.0000")))
                .body("meanHoursToClose", equalTo(new BigDecimal("0.00"))).body("pareto[0].count", equalTo(0));
    }
}
