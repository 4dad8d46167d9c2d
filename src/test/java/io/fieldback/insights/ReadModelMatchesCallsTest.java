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
