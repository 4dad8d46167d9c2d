package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.COMPLAINTS;
import static io.fieldback.complaint.ComplaintFixtures.at;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.customer;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.investigate;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * The monthly figures against a hand count. The set lives in 2019, a year no other test uses, on a
 * stopped clock, so every deadline falls exactly where the comments say.
 */
@QuarkusTest
class ComplaintFiguresTest {

    private static final String FIGURES = COMPLAINTS + "/figures";
    private static final Instant T0 = Instant.parse("2019-11-04T00:00:00Z");

    @AfterEach
    void realTime() {
        time().reset();
    }

    private static UUID complaint(String category, String severity) {
        Map<String, Object> body = body(customer());
        body.put("category", category);
        body.put("severity", severity);
        return create(body);
    }

    private static ValidatableResponse figures(String month) {
        return handler().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("month", month).get(FIGURES).then().statusCode(200);
    }

    private static org.hamcrest.Matcher<Object> decimal(String value) {
        @SuppressWarnings({ "unchecked", "rawtypes" })
        org.hamcrest.Matcher<Object> matcher = (org.hamcrest.Matcher) comparesEqualTo(new BigDecimal(value));
        return matcher;
    }

    @Test
    void theMonthsFiguresEqualAHandCount() {
        // received in October, closed (first) in November: G after 33 days, H after 32 days; H recurs in November
        at(Instant.parse("2019-10-01T00:00:00Z"));
        UUID g = complaint("OTHER", "NORMAL");
        at(Instant.parse("2019-10-01T01:00:00Z"));
        step(g, "CONTACTED", "INVESTIGATING");
        investigate(g, "IN_HOUSE");
        step(g, "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED");
        at(Instant.parse("2019-10-02T00:00:00Z"));
        step(g, "REMEDY_DONE");
        at(Instant.parse("2019-11-02T00:00:00Z"));
        step(g, "VERIFIED");
        at(Instant.parse("2019-11-03T00:00:00Z"));
        step(g, "CLOSED");

        at(Instant.parse("2019-10-05T00:00:00Z"));
        UUID h = complaint("PRICE", "NORMAL");
        at(Instant.parse("2019-10-05T01:00:00Z"));
        step(h, "CONTACTED", "INVESTIGATING");
        investigate(h, "IN_HOUSE");
        step(h, "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED");
        at(Instant.parse("2019-10-06T00:00:00Z"));
        step(h, "REMEDY_DONE");
        at(Instant.parse("2019-11-05T12:00:00Z"));
        step(h, "VERIFIED");
        at(Instant.parse("2019-11-06T00:00:00Z"));
        step(h, "CLOSED");
        at(Instant.parse("2019-11-10T00:00:00Z"));
        step(h, "REOPENED");

        // received in November
        at(T0);
        UUID a = complaint("PARTS", "URGENT");
        UUID b = complaint("PARTS", "NORMAL");
        complaint("PRODUCT_QUALITY", "URGENT"); // C: never handled, every clock missed
        UUID customer = customer();
        UUID visit = UUID.randomUUID();
        Map<String, Object> e = body(customer);
        e.put("category", "SERVICE_ATTITUDE");
        e.put("severity", "NORMAL");
        e.put("visitId", visit.toString());
        UUID eId = create(e);
        at(T0.plusSeconds(3600));
        step(eId, "CONTACTED"); // E: contact met, reply and report missed
        UUID f = create(e); // F: duplicate of E, counted nowhere
        handler().get(path(f)).then().body("duplicateOf", equalTo(eId.toString()));
        at(T0.plusSeconds(2 * 3600));
        step(a, "CONTACTED"); // A: contact met
        at(T0.plusSeconds(10 * 3600));
        step(a, "INVESTIGATING");
        investigate(a, "IN_HOUSE"); // A: report met
        at(T0.plusSeconds(13 * 3600));
        step(b, "CONTACTED"); // B: contact missed
        at(T0.plusSeconds(20 * 3600));
        step(a, "REMEDY_PROPOSED"); // A: urgent reply met
        at(T0.plusSeconds(5 * 86400));
        step(b, "INVESTIGATING");
        investigate(b, "SUPPLIER"); // B: supplier's report within 7 days, met
        step(b, "REMEDY_PROPOSED"); // B: normal reply after 5 days, missed
        at(Instant.parse("2019-11-29T00:00:00Z"));
        complaint("PARTS", "NORMAL"); // D: contact missed, reply and report still running

        at(Instant.parse("2019-11-30T00:00:00Z"));
        figures("2019-11")
                .body("month", equalTo("2019-11"))
                .body("timeZone", equalTo("UTC"))
                .body("received", equalTo(5))
                .body("duplicatesExcluded", equalTo(1))
                .body("onTime.clock", contains("FIRST_CONTACT", "REPLY", "CORRECTIVE_REPORT"))
                .body("onTime.met", contains(2, 1, 2))
                .body("onTime.missed", contains(3, 3, 2))
                .body("onTime.running", contains(0, 1, 1))
                .body("onTime[0].onTimeRate", decimal("0.4"))
                .body("onTime[1].onTimeRate", decimal("0.25"))
                .body("onTime[2].onTimeRate", decimal("0.5"))
                .body("categories.category", contains("PARTS", "PRODUCT_QUALITY", "SERVICE_ATTITUDE"))
                .body("categories.count", contains(3, 1, 1))
                .body("categories[0].share", decimal("0.6"))
                .body("categories[1].share", decimal("0.2"))
                .body("categories[0].cumulativeShare", decimal("0.6"))
                .body("categories[1].cumulativeShare", decimal("0.8"))
                .body("categories[2].cumulativeShare", decimal("1"))
                .body("closed", equalTo(2))
                .body("meanHoursToClose", decimal("780")) // (33 days + 32 days) / 2 = 780 hours
                .body("recurrences", equalTo(1));

        figures("2019-10")
                .body("received", equalTo(2))
                .body("categories.category", contains("PRICE", "OTHER"))
                .body("categories[1].cumulativeShare", decimal("1"))
                .body("onTime.met", contains(2, 2, 2))
                .body("onTime[0].onTimeRate", decimal("1"))
                .body("closed", equalTo(0))
                .body("meanHoursToClose", nullValue())
                .body("recurrences", equalTo(0));
    }

    @Test
    void aMonthWithoutComplaintsHasZerosAndNoRates() {
        figures("1999-02")
                .body("received", equalTo(0))
                .body("categories", empty())
                .body("onTime.met", contains(0, 0, 0))
                .body("onTime[0].onTimeRate", nullValue())
                .body("meanHoursToClose", nullValue());
    }

    @Test
    void theMonthMustBeGivenAsYearAndMonth() {
        assertInvalid(handler().get(FIGURES), "month");
        assertInvalid(handler().queryParam("month", "2019-13").get(FIGURES), "month");
        assertInvalid(handler().queryParam("month", "11/2019").get(FIGURES), "month");
    }

    @Test
    void figuresAreForHandlersAnalystsAndAdmins() {
        Tokens.as(Roles.ANALYST).queryParam("month", "2019-01").get(FIGURES).then().statusCode(200);
        Tokens.admin().queryParam("month", "2019-01").get(FIGURES).then().statusCode(200);
        assertProblem(Tokens.as(Roles.AGENT).queryParam("month", "2019-01").get(FIGURES), 403);
        assertProblem(Tokens.dealer(UUID.randomUUID()).queryParam("month", "2019-01").get(FIGURES), 403);
    }
}
