package io.fieldback.insights;

import static io.fieldback.support.Tokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/** The five-dimension model against the hand count of {@link HandCountedWeek}. */
@QuarkusTest
class FiveDimensionReportTest {

    static final String PATH = "/api/v1/insights/five-dimensions";

    @Inject
    DataSource db;

    static ValidatableResponse get(String query) {
        return as(Roles.ANALYST).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get(PATH + "?" + query).then();
    }

    private static String dim(String source, int i) {
        return source + ".dimensions[" + i + "].";
    }

    @Test
    void totalsMatchTheHandCountWithPerfunctoryCallsLeftOut() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        ValidatableResponse r = get("from=" + w.from() + "&to=" + w.to()).statusCode(200)
                .body("groupBy", equalTo("none")).body("groups", hasSize(0))
                .body("perfunctoryIncluded", equalTo(false)).body("timeZone", equalTo("Asia/Shanghai"));
        String own = "total.own.";
        // #1-#9: #10 is the Sunday before, #11 the Monday after
        r.body(own + "due", equalTo(9))
                .body(own + "notEligible", equalTo(2))
                .body(own + "notEligibleByReason.find { it.reason == 'DO_NOT_CALL' }.count", equalTo(1))
                .body(own + "notEligibleByReason.find { it.reason == 'CALLED_RECENTLY' }.count", equalTo(1))
                .body(own + "notEligibleByReason.find { it.reason == 'NO_CONTACT' }.count", equalTo(0))
                .body(own + "notSampled", equalTo(0))
                .body(own + "pending", equalTo(1)) // #8
                .body(own + "called", equalTo(7)) // every call with an attempt: all but #6, #7
                .body(own + "reached", equalTo(5)) // completed #1 #2 #3 #9 + refused #4
                .body(own + "refused", equalTo(1))
                .body(own + "unreachable", equalTo(1))
                .body(own + "completed", equalTo(4))
                .body(own + "perfunctory", equalTo(1))
                .body(own + "perfunctoryExcluded", equalTo(1))
                .body(own + "respondents", equalTo(3)); // #1 #2 #9
        // quality: #1 Y, #2 N, #9 Y
        r.body(dim("total.own", 0) + "dimension", equalTo("PRODUCT_QUALITY"))
                .body(dim("total.own", 0) + "item", equalTo("quality_satisfied"))
                .body(dim("total.own", 0) + "satisfied", equalTo(2)).body(dim("total.own", 0) + "base", equalTo(3))
                .body(dim("total.own", 0) + "rate", equalTo(new java.math.BigDecimal("0.6667")))
                // attitude: all three yes
                .body(dim("total.own", 1) + "satisfied", equalTo(3)).body(dim("total.own", 1) + "base", equalTo(3))
                .body(dim("total.own", 1) + "rate", equalTo(new java.math.BigDecimal("1.0000")))
                // speed: #1 N
                .body(dim("total.own", 2) + "satisfied", equalTo(2))
                // proactive: #2 N
                .body(dim("total.own", 3) + "satisfied", equalTo(2))
                // the fifth: base = every respondent; #2 raised a problem
                .body(dim("total.own", 4) + "dimension", equalTo("OTHER"))
                .body(dim("total.own", 4) + "satisfied", equalTo(2)).body(dim("total.own", 4) + "base", equalTo(3));
        // vendor rows: v1 and v2 (the Monday after is out)
        r.body("total.vendor.due", equalTo(2)).body("total.vendor.called", equalTo(2))
                .body("total.vendor.reached", equalTo(2)).body("total.vendor.respondents", equalTo(2))
                .body("total.vendor.refused", equalTo(0)).body("total.vendor.notEligible", equalTo(0))
                .body(dim("total.vendor", 0) + "satisfied", equalTo(1)).body(dim("total.vendor", 0) + "base", equalTo(2))
                .body(dim("total.vendor", 1) + "satisfied", equalTo(2))
                .body(dim("total.vendor", 2) + "satisfied", equalTo(1))
                .body(dim("total.vendor", 3) + "satisfied", equalTo(1))
                // v1's empty text is satisfied, v2's remark is not
                .body(dim("total.vendor", 4) + "satisfied", equalTo(1)).body(dim("total.vendor", 4) + "base", equalTo(2));
        // combined: sums, rates over the summed bases
        r.body("total.combined.due", equalTo(11)).body("total.combined.respondents", equalTo(5))
                .body("total.combined.reached", equalTo(7))
                .body(dim("total.combined", 0) + "satisfied", equalTo(3)).body(dim("total.combined", 0) + "base", equalTo(5))
                .body(dim("total.combined", 0) + "rate", equalTo(new java.math.BigDecimal("0.6000")))
                .body(dim("total.combined", 1) + "satisfied", equalTo(5))
                .body(dim("total.combined", 4) + "satisfied", equalTo(3)).body(dim("total.combined", 4) + "base", equalTo(5));
    }

    @Test
    void perfunctoryCallsCountWhenIncluded() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        get("from=" + w.from() + "&to=" + w.to() + "&includePerfunctory=true").statusCode(200)
                .body("perfunctoryIncluded", equalTo(true))
                .body("total.own.perfunctory", equalTo(1)).body("total.own.perfunctoryExcluded", equalTo(0))
                .body("total.own.respondents", equalTo(4))
                .body(dim("total.own", 0) + "satisfied", equalTo(3)).body(dim("total.own", 0) + "base", equalTo(4))
                .body(dim("total.own", 0) + "rate", equalTo(new java.math.BigDecimal("0.7500")))
                .body(dim("total.own", 1) + "satisfied", equalTo(4))
                .body(dim("total.own", 4) + "satisfied", equalTo(3)).body(dim("total.own", 4) + "base", equalTo(4));
    }

    @Test
    void byRegionListsEveryRegionWithZerosForTheEmptyOnes() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        get("from=" + w.from() + "&to=" + w.to() + "&groupBy=region").statusCode(200)
                // the seeded regions, in their order (other tests may add regions of their own)
                .body("groups.key.findAll { it in ['NORTH', 'NORTHEAST', 'EAST', 'CENTRAL', 'SOUTH', 'SOUTHWEST', "
                        + "'NORTHWEST', 'INTERNATIONAL'] }", contains("NORTH", "NORTHEAST", "EAST", "CENTRAL", "SOUTH",
                                "SOUTHWEST", "NORTHWEST", "INTERNATIONAL"))
                // EAST: c1's #1 #2 #7 #9 and c3's #5 #6; SOUTH: c2's #3 #4 #8
                .body(region("EAST") + "own.due", equalTo(6)).body(region("EAST") + "own.respondents", equalTo(3))
                .body(region("EAST") + "vendor.due", equalTo(1)).body(region("EAST") + "label", equalTo("华东"))
                .body(region("SOUTH") + "own.due", equalTo(3)).body(region("SOUTH") + "own.respondents", equalTo(0))
                .body(region("SOUTH") + "own.perfunctoryExcluded", equalTo(1))
                .body(region("SOUTH") + "vendor.due", equalTo(1))
                .body(region("SOUTH") + "own.dimensions[0].rate", equalTo(new java.math.BigDecimal("0.0000")))
                .body(region("SOUTHWEST") + "combined.due", equalTo(0))
                .body(region("SOUTHWEST") + "combined.dimensions[0].base", equalTo(0))
                .body("total.combined.due", equalTo(11));
    }

    private static String region(String code) {
        return "groups.find { it.key == '" + code + "' }.";
    }

    @Test
    void byStationNamesTheStationsAndKeepsCallsWithoutOne() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        ValidatableResponse r = get("from=" + w.from() + "&to=" + w.to() + "&groupBy=station").statusCode(200)
                .body("groups", hasSize(4));
        r.body("groups.find { it.key == '" + w.s1 + "' }.own.due", equalTo(4)) // #1 #2 #3 #8
                .body("groups.find { it.key == '" + w.s1 + "' }.vendor.due", equalTo(1))
                .body("groups.find { it.key == '" + w.s1 + "' }.label", org.hamcrest.Matchers.endsWith("服务站EAST"))
                .body("groups.find { it.key == '" + w.s2 + "' }.own.due", equalTo(2)) // #4 #5
                .body("groups.find { it.key == '" + w.s3 + "' }.own.due", equalTo(2)) // #6 #7
                .body("groups.find { it.key == '" + w.s3 + "' }.vendor.due", equalTo(1))
                .body("groups.find { it.key == null }.own.due", equalTo(1)) // #9, made by hand
                .body("groups.find { it.key == null }.label", equalTo("(none)"));
    }

    @Test
    void byProductSeriesRelationshipAndImportance() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        String period = "from=" + w.from() + "&to=" + w.to();
        get(period + "&groupBy=productSeries").statusCode(200)
                .body("groups.find { it.key == 'YC6L' }.own.due", equalTo(2)) // #1 #2
                .body("groups.find { it.key == 'YC4D' }.own.due", equalTo(3)) // #3 #4 #8
                .body("groups.find { it.key == 'YC4D' }.vendor.due", equalTo(1))
                .body("groups.find { it.key == null }.own.due", equalTo(4)); // #5 #6 #7 #9
        get(period + "&groupBy=relationship").statusCode(200)
                .body("groups.key", contains("OEM", "DEALER", "END_USER"))
                .body("groups[0].own.due", equalTo(3)).body("groups[1].own.due", equalTo(2))
                .body("groups[2].own.due", equalTo(4)).body("groups[2].vendor.due", equalTo(1));
        get(period + "&groupBy=importance").statusCode(200)
                .body("groups.key", contains("KEY", "ORDINARY", "POTENTIAL"))
                .body("groups[0].own.due", equalTo(4)).body("groups[1].own.due", equalTo(3))
                .body("groups[2].own.due", equalTo(2)).body("groups[2].own.called", equalTo(1));
    }

    @Test
    void anEmptyPeriodIsAllZeros() {
        String day = InsightsFixtures.freshMonday().toString();
        get("from=" + day + "&to=" + day + "&groupBy=station").statusCode(200).body("groups", hasSize(0))
                .body("total.key", nullValue()).body("total.combined.due", equalTo(0))
                .body("total.combined.respondents", equalTo(0))
                .body("total.combined.dimensions[0].rate", equalTo(new java.math.BigDecimal("0.0000")));
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        get("from=2026-11-30&to=2026-11-01").statusCode(400).body("errors[0].field", equalTo("to"));
        get("from=2026-11-01").statusCode(400).body("errors[0].field", equalTo("to"));
        get("from=yesterday&to=2026-11-01").statusCode(400).body("errors[0].field", equalTo("from"));
        get("from=2026-11-01&to=2026-11-30&groupBy=planet").statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        get("from=2000-01-01&to=2026-11-30").statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
