package io.fieldback.insights;

import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A dealer reads the figures of its own stations only; analysts and admins read everything. */
@QuarkusTest
class InsightsTenancyTest {

    @Inject
    DataSource db;

    @Test
    void aDealerSeesItsOwnStationsOnly() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        String period = "from=" + w.from() + "&to=" + w.to();
        // dealer A: #1 #2 #3 #4 #5 #8 and v1
        Tokens.dealer(w.dealerA).get("/api/v1/insights/five-dimensions?" + period).then().statusCode(200)
                .body("total.own.due", equalTo(6)).body("total.own.respondents", equalTo(2))
                .body("total.own.notEligible", equalTo(0)).body("total.vendor.due", equalTo(1))
                .body("total.combined.dimensions[0].satisfied", equalTo(2)); // #1 and v1
        // its own station S2 only: #4 #5
        Tokens.dealer(w.dealerA).get("/api/v1/insights/five-dimensions?" + period + "&stationId=" + w.s2).then()
                .statusCode(200).body("total.own.due", equalTo(2)).body("total.own.refused", equalTo(1));
        // complaints about its visits: k1 k2 (and the duplicate)
        Tokens.dealer(w.dealerA).get("/api/v1/insights/complaints?" + period).then().statusCode(200)
                .body("received", equalTo(2)).body("duplicatesExcluded", equalTo(1));
        Tokens.dealer(w.dealerB).get("/api/v1/insights/complaints?" + period).then().statusCode(200)
                .body("received", equalTo(1)).body("pareto[0].category", equalTo("PARTS"));
        Tokens.dealer(w.dealerA).get("/api/v1/insights/weekly-reports/" + w.week).then().statusCode(200)
                .body("fiveDimensions.own.due", equalTo(6)).body("complaints.received", equalTo(2));
    }

    @Test
    void anotherDealersStationIsNotFound() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        String period = "from=" + w.from() + "&to=" + w.to();
        Tokens.dealer(w.dealerA).get("/api/v1/insights/five-dimensions?" + period + "&stationId=" + w.s3).then()
                .statusCode(404);
        Tokens.dealer(w.dealerA).get("/api/v1/insights/weekly-reports/" + w.week + "/page?stationId=" + w.s3).then()
                .statusCode(404);
        Tokens.as(Roles.ANALYST).get("/api/v1/insights/five-dimensions?" + period + "&stationId=" + UUID.randomUUID())
                .then().statusCode(404);
        // analysts and admins see any station
        Tokens.as(Roles.ADMIN).get("/api/v1/insights/five-dimensions?" + period + "&stationId=" + w.s3).then()
                .statusCode(200).body("total.own.due", equalTo(2));
    }

    @Test
    void rolesOutsideTheFiguresAreRefused() {
        Tokens.as(Roles.AGENT).get("/api/v1/insights/five-dimensions?from=2026-11-01&to=2026-11-07").then()
                .statusCode(403);
        Tokens.stationManager(UUID.randomUUID()).get("/api/v1/insights/weekly-reports/2026-W48").then()
                .statusCode(403);
    }
}
