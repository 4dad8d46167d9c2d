package io.fieldback.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A fresh start with the demo seeder on (as in dev mode) shows real-looking figures for the latest full
 * week without any call made by hand, and seeding again adds nothing.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoDataTest {

    @Inject
    DemoSeeder seeder;

    private String week;
    private LocalDate monday;

    @BeforeEach
    void seeded() throws Exception {
        Tally made = seeder.startupRun().get(5, TimeUnit.MINUTES);
        assertThat(made.isEmpty()).isFalse();
        LocalDate lastWeek = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusWeeks(1);
        monday = lastWeek.with(java.time.DayOfWeek.MONDAY);
        week = String.format("%d-W%02d", lastWeek.get(IsoFields.WEEK_BASED_YEAR),
                lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Test
    void latestFullWeeksReportPageAndChartsHaveFigures() {
        JsonPath report = analyst("/api/v1/insights/weekly-reports/" + week);
        assertCallFigures(report, "fiveDimensions.own");
        assertThat(report.getLong("fiveDimensions.vendor.due")).isPositive();
        assertThat(report.getDouble("index.index")).isBetween(30.0, 100.0);
        assertThat(report.getLong("complaints.received")).isPositive();
        String page = Tokens.as(Roles.ANALYST).get("/api/v1/insights/weekly-reports/" + week + "/page").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("<svg").contains(week);
        Tokens.as(Roles.ANALYST).get("/api/v1/insights/weekly-reports/" + week + "/radar.svg").then().statusCode(200)
                .body(containsString("<polygon"));
        Tokens.as(Roles.ANALYST).get("/api/v1/insights/weekly-reports/" + week + "/pareto.svg").then().statusCode(200)
                .body(containsString("<rect"));
    }

    @Test
    void fiveDimensionsIndexAndComplaintInsightsHaveFigures() {
        String period = "from=" + monday + "&to=" + monday.plusDays(6);
        JsonPath byRegion = analyst("/api/v1/insights/five-dimensions?groupBy=region&" + period);
        assertCallFigures(byRegion, "total.own");
        List<Map<String, Object>> regions = byRegion.getList("groups");
        assertThat(regions.stream().filter(g -> ((Number) ((Map<?, ?>) g.get("own")).get("due")).longValue() > 0))
                .as("regions with calls due").hasSizeGreaterThanOrEqualTo(4);
        JsonPath index = analyst("/api/v1/insights/satisfaction-index?granularity=week&source=combined&" + period);
        assertThat(index.getDouble("points[0].index")).isBetween(30.0, 100.0);
        assertThat(index.getLong("points[0].respondents")).isPositive();

        // six weeks of complaints: some closed, some deadlines missed
        LocalDate sixWeeksAgo = monday.minusWeeks(6);
        JsonPath complaints = analyst("/api/v1/insights/complaints?from=" + sixWeeksAgo + "&to=" + monday.plusDays(13));
        assertThat(complaints.getLong("received")).isGreaterThan(20);
        assertThat(complaints.getLong("closed")).isPositive();
        assertThat(complaints.getList("onTime.missed", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isPositive();
        assertThat(complaints.getList("onTime.met", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isPositive();
        assertThat(complaints.getLong("pareto[0].count")).isGreaterThan(complaints.getLong("pareto[5].count"));
    }

    @Test
    void seedingAgainAddsNothing() throws Exception {
        int dealers = count("/api/v1/dealers");
        int stations = count("/api/v1/stations");
        int customers = count("/api/v1/customers");
        int visits = count("/api/v1/visits");

        assertThat(seeder.seed().isEmpty()).isTrue();

        assertThat(List.of(dealers, stations, customers, visits)).containsExactly(2, 8, 240, 300);
        assertThat(List.of(count("/api/v1/dealers"), count("/api/v1/stations"), count("/api/v1/customers"),
                count("/api/v1/visits"))).containsExactly(2, 8, 240, 300);
    }

    /** Calls due in the week: every stage of a call has some, and the stages nest. */
    private static void assertCallFigures(JsonPath json, String at) {
        long due = json.getLong(at + ".due");
        long called = json.getLong(at + ".called");
        long reached = json.getLong(at + ".reached");
        long respondents = json.getLong(at + ".respondents");
        assertThat(List.of(due, called, reached, respondents)).allMatch(n -> n > 0);
        assertThat(due).isGreaterThanOrEqualTo(called);
        assertThat(called).isGreaterThanOrEqualTo(reached);
        assertThat(reached).isGreaterThanOrEqualTo(respondents);
        List<Float> rates = json.getList(at + ".dimensions.rate", Float.class);
        assertThat(rates).hasSize(5).allMatch(rate -> rate > 0.3 && rate <= 1.0, "a realistic satisfaction rate");
    }

    private static JsonPath analyst(String path) {
        return Tokens.as(Roles.ANALYST).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static int count(String path) {
        return Tokens.admin().queryParam("limit", 500).get(path).then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }
}
