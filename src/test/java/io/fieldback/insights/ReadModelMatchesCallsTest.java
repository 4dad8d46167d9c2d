package io.fieldback.insights;

import static io.fieldback.insights.InsightsFixtures.a;
import static io.fieldback.insights.InsightsFixtures.at;
import static io.fieldback.insights.InsightsFixtures.call;
import static io.fieldback.insights.InsightsFixtures.perfunctory;
import static io.fieldback.insights.InsightsFixtures.v1;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The daily read model (which every five-dimension report in the tests reads: min-days is 1 here) answers
 * exactly like the calls themselves, which a report confined to one station still reads: the same JSON for
 * every grouping, before and after facts change (an erasure closing a call, the customer moving region,
 * equipment changing series, a late vendor row for a day already built), and the hand count holds.
 */
@QuarkusTest
class ReadModelMatchesCallsTest {

    private static final List<String> CUTS = List.of("none", "region", "province", "station", "productSeries",
            "relationship", "importance", "purpose");

    private static final List<String> CUSTOMER_FIELDS = List.of("code", "name", "relationship", "importance",
            "region", "province", "doNotCall", "dealerId");
    private static final List<String> EQUIPMENT_FIELDS = List.of("serialNumber", "productSeries", "application",
            "deliveryDate", "warrantyUntil", "warrantyLimit", "warrantyLimitUnit");

    @Inject
    DataSource db;

    @Test
    void theReadModelAnswersLikeTheCallsAsFactsChange() {
        InsightsFixtures f = new InsightsFixtures(db);
        LocalDate monday = InsightsFixtures.freshMonday();
        UUID dealer = f.dealer();
        UUID station = f.station(dealer, "EAST");
        UUID c1 = f.customer("EAST", "KEY", "END_USER");
        UUID c2 = f.customer("SOUTH", "ORDINARY", "OEM");
        UUID e1 = f.equipment(c1, "YC6L");
        f.insert(call(c1, station, dealer, e1, "YC6L", "END_USER", "COMPLETED", at(monday, 0, 0)),
                v1(true, 5, false, 2, true, 4, true, 5, "!漏油"));
        f.insert(perfunctory(call(c1, station, dealer, e1, "YC6L", "END_USER", "COMPLETED", at(monday.plusDays(6), 23, 59))),
                v1(true, 5, true, 5, true, 5, true, 5, null));
        f.insert(call(c2, station, dealer, null, "YC4D", "OEM", "OPEN", at(monday.plusDays(1), 9, 0)), List.of());
        UUID vendor = f.vendor();
        f.insert(new InsightsFixtures.Row(vendor, c1, station, dealer, e1, "EAST", "KEY", "END_USER", "YC6L",
                monday.plusDays(2)), List.of(a("quality_satisfied", false), a("other_feedback", "")));
        String span = "from=" + monday + "&to=" + monday.plusDays(6);

        sameFromModelAndCalls(span, station);
        report(span).body("total.own.due", equalTo(3)).body("total.own.pending", equalTo(1))
                .body("total.own.respondents", equalTo(1)).body("total.vendor.completed", equalTo(1));

        admin().body(Map.of("reason", "客户申请删除个人信息")).post("/api/v1/customers/" + c2 + "/erasure").then()
                .statusCode(200);
        sameFromModelAndCalls(span, station);
        report(span).body("total.own.pending", equalTo(0)).body("total.own.notEligible", equalTo(1));

        change("/api/v1/customers/" + c1, CUSTOMER_FIELDS, "region", "SOUTH");
        change("/api/v1/customers/" + c1 + "/equipment/" + e1, EQUIPMENT_FIELDS, "productSeries", "YC4D");
        sameFromModelAndCalls(span, station);
        report(span + "&groupBy=region").body("groups.find { it.key == 'SOUTH' }.own.due", equalTo(3));

        f.insert(new InsightsFixtures.Row(vendor, c1, station, dealer, e1, "SOUTH", "KEY", "END_USER", "YC6L",
                monday.plusDays(2)), List.of(a("quality_satisfied", true)));
        sameFromModelAndCalls(span, station);
        report(span).body("total.vendor.completed", equalTo(2));
    }

    /**
     * A span of three days, a whole month (read from the month rows) and two days; the index by week (day
     * rows) and by month (month rows) with its scores and first-call figures: the same JSON as the calls,
     * before and after an erasure, a screening clearance and a late vendor row in the month already built.
     */
    @Test
    void wholeMonthsAndTheIndexAnswerLikeTheCalls() {
        InsightsFixtures f = new InsightsFixtures(db);
        java.util.Random random = new java.util.Random();
        LocalDate month = LocalDate.of(2600 + random.nextInt(300), 1 + random.nextInt(12), 1);
        LocalDate from = month.minusDays(3);
        LocalDate to = month.plusMonths(1).plusDays(1);
        UUID dealer = f.dealer();
        UUID station = f.station(dealer, "EAST");
        UUID c1 = f.customer("EAST", "KEY", "END_USER");
        UUID c2 = f.customer("SOUTH", "ORDINARY", "OEM");
        UUID e1 = f.equipment(c1, "YC6L");
        f.insert(call(c1, station, dealer, e1, "YC6L", "END_USER", "COMPLETED", at(from, 10, 0)),
                v1(true, 5, false, 2, true, 4, true, 5, "!漏油"));
        UUID flagged = f.insert(perfunctory(call(c1, station, dealer, e1, "YC6L", "END_USER", "COMPLETED",
                at(month.plusDays(10), 9, 0))), v1(true, 5, true, 5, true, 5, true, 5, null));
        f.insert(call(c2, station, dealer, null, "YC4D", "OEM", "OPEN", at(month.plusDays(5), 9, 0)), List.of());
        f.insert(call(c1, station, dealer, e1, "YC6L", "END_USER", "COMPLETED", at(month.plusMonths(1).minusDays(1),
                23, 59)), v1(false, 1, true, 5, true, 3, false, 3, null));
        f.insert(call(c2, station, dealer, null, "YC4D", "OEM", "COMPLETED", at(to, 0, 0)),
                v1(true, 4, true, 4, true, 4, true, 4, ""));
        UUID vendor = f.vendor();
        f.insert(new InsightsFixtures.Row(vendor, c1, station, dealer, e1, "EAST", "KEY", "END_USER", "YC6L",
                month.plusDays(2)), List.of(a("quality_satisfied", false), a("quality_score", 2),
                a("other_feedback", "")));
        String span = "from=" + from + "&to=" + to;

        sameFromModelAndCalls(span, station);
        sameIndexFromModelAndCalls(span, station);
        report(span).body("total.own.due", equalTo(5)).body("total.own.completed", equalTo(4))
                .body("total.own.perfunctory", equalTo(1)).body("total.vendor.completed", equalTo(1));
        assertThat(monthRows(month)).as("the whole month is read from its month rows").isPositive();

        admin().body(Map.of("reason", "客户申请删除个人信息")).post("/api/v1/customers/" + c2 + "/erasure").then()
                .statusCode(200);
        as(Roles.ANALYST).body(Map.of("reason", "录音复核无误")).post("/api/v1/followups/" + flagged
                + "/screening/clear").then().statusCode(200);
        sameFromModelAndCalls(span, station);
        sameIndexFromModelAndCalls(span, station);
        report(span).body("total.own.notEligible", equalTo(1));

        f.insert(new InsightsFixtures.Row(vendor, c1, station, dealer, e1, "EAST", "KEY", "END_USER", "YC6L",
                month.plusDays(20)), List.of(a("quality_satisfied", true), a("quality_score", 5)));
        sameFromModelAndCalls(span, station);
        sameIndexFromModelAndCalls(span, station);
        report(span).body("total.vendor.completed", equalTo(2));
    }

    private static void sameIndexFromModelAndCalls(String span, UUID station) {
        for (String granularity : List.of("week", "month")) {
            for (String source : List.of("own", "vendor", "combined")) {
                for (String perfunctory : List.of("true", "false")) {
                    String query = "/api/v1/insights/satisfaction-index?" + span + "&granularity=" + granularity
                            + "&source=" + source + "&includePerfunctory=" + perfunctory;
                    String fromModel = as(Roles.ANALYST).get(query).then().statusCode(200).extract().asString();
                    String fromCalls = as(Roles.ANALYST).get(query + "&stationId=" + station).then().statusCode(200)
                            .extract().asString();
                    assertThat(fromModel).as(granularity + " " + source + " " + perfunctory).isEqualTo(fromCalls);
                }
            }
        }
    }

    private long monthRows(LocalDate month) {
        try (java.sql.Connection c = db.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM insights_call_months WHERE month = ?")) {
            s.setObject(1, month);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse report(String query) {
        return as(Roles.ANALYST).get(FiveDimensionReportTest.PATH + "?" + query).then().statusCode(200);
    }

    private static void sameFromModelAndCalls(String span, UUID station) {
        for (String cut : CUTS) {
            String fromModel = report(span + "&groupBy=" + cut).extract().asString();
            String fromCalls = report(span + "&groupBy=" + cut + "&stationId=" + station).extract().asString();
            assertThat(fromModel).as(cut).isEqualTo(fromCalls);
        }
    }

    /** GET, keep the writable fields, change one, PUT back with the ETag, as a client edits a record. */
    private static void change(String path, List<String> writable, String field, Object value) {
        Response current = admin().get(path);
        current.then().statusCode(200);
        Map<String, Object> now = current.jsonPath().getMap("");
        Map<String, Object> body = new java.util.HashMap<>();
        writable.stream().filter(name -> now.get(name) != null).forEach(name -> body.put(name, now.get(name)));
        body.put(field, value);
        admin().header("If-Match", current.header("ETag")).body(body).put(path).then().statusCode(200);
    }
}
