package io.fieldback.dispatch;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.stationManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Each hard rule excludes with its reason; the others are ranked by distance, load, continuity and preference. */
@QuarkusTest
class CandidatesTest {

    DispatchFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        f = new DispatchFixtures();
    }

    private ValidatableResponse excludedFor(Consumer<Map<String, Object>> change, String rule) {
        UUID ok = f.capableTechnician("合格", b -> { });
        UUID out = f.capableTechnician("排除", change);
        UUID visit = f.visitOnDay(9, 12, 10);
        return stationManager(f.stationId).get("/api/v1/visits/" + visit + "/dispatch-candidates").then().statusCode(200)
                .body("candidates.technicianId", contains(ok.toString()))
                .body("excluded.technicianId", contains(out.toString()))
                .body("excluded[0].reasons.rule", contains(rule));
    }

    @Test
    void withoutTheSkillForTheSeries() {
        excludedFor(b -> b.put("skills", List.of(Map.of("productSeries", "YC4S", "level", 5))), "NO_SKILL")
                .body("excluded[0].reasons[0].detail", containsString("YC6K"));
    }

    @Test
    void withAnExpiredCertification() {
        excludedFor(b -> b.put("certifications", List.of(Map.of("name", "国六", "productSeries", "YC6K",
                "validUntil", f.day.minusDays(1).toString()))), "NO_VALID_CERTIFICATION")
                .body("excluded[0].reasons[0].detail", containsString(f.day.toString()));
    }

    @Test
    void offShiftInTheWindow() {
        excludedFor(b -> b.put("shifts", List.of(Map.of("dayOfWeek", "MONDAY", "start", "13:00", "end", "17:00"))),
                "NOT_ON_SHIFT");
    }

    @Test
    void absentThatDay() {
        excludedFor(b -> b.put("absences", List.of(Map.of("from", f.day.minusDays(2).toString(), "to", f.day.toString(),
                "reason", "病假"))), "ABSENT");
    }

    @Test
    void restrictedForTheCustomer() {
        excludedFor(b -> b.put("restrictedCustomerIds", List.of(f.customerId.toString())), "RESTRICTED_FOR_CUSTOMER");
    }

    @Test
    void everyBrokenRuleIsNamed() {
        UUID nobody = f.technician("未登记");
        UUID visit = f.visitOnDay(9, 12, 10);
        admin().get("/api/v1/visits/" + visit + "/dispatch-candidates").then().statusCode(200)
                .body("candidates.size()", equalTo(0))
                .body("excluded[0].technicianId", equalTo(nobody.toString()))
                .body("excluded[0].reasons.rule", contains("NO_SKILL", "NO_VALID_CERTIFICATION", "NOT_ON_SHIFT"));
    }

    @Test
    void nearerAndLessLoadedRankFirstAndTheScoreAddsUp() {
        UUID atStation = f.capableTechnician("站内", b -> { });
        UUID elsewhere = f.capableTechnician("外出", b -> { });
        // elsewhere's phone said, earlier that day, it was 30 km south of the station... that day is ahead, so
        // a position reported today does not count: both start from the station, 10 km away
        UUID visit = f.visitOnDay(9, 12, 10);
        admin().get("/api/v1/visits/" + visit + "/dispatch-candidates").then().statusCode(200)
                .body("candidates.size()", equalTo(2))
                .body("candidates[0].distanceKm", equalTo(10.0f)).body("candidates[0].from", equalTo("STATION"))
                .body("candidates[0].score", equalTo(-10.0f)).body("candidates.technicianId",
                        org.hamcrest.Matchers.containsInAnyOrder(atStation.toString(), elsewhere.toString()));
    }

    @Test
    void continuityAndPreferenceAddTheirPoints() {
        UUID plain = f.capableTechnician("普通", b -> { });
        UUID preferred = f.capableTechnician("客户指定", b -> b.put("preferredCustomerIds", List.of(f.customerId.toString())));
        UUID last = f.capableTechnician("上次来过", b -> { });
        // last serviced this machine: dispatched by hand and on site
        UUID earlier = f.visit();
        admin().body(Map.of("technicianIds", List.of(last.toString()))).post("/api/v1/visits/" + earlier + "/dispatch")
                .then().statusCode(200);
        f.phone(last).body(Map.of("id", UuidV7.next().toString(), "type", "ARRIVED",
                "occurredAt", Instant.now().minusSeconds(600).toString())).post("/api/v1/visits/" + earlier + "/events")
                .then().statusCode(201);
        UUID visit = f.visitOnDay(9, 12, 10);
        // hand count: -10 km x 1 point; +30 continuity; +20 preference
        admin().get("/api/v1/visits/" + visit + "/dispatch-candidates").then().statusCode(200)
                .body("candidates.technicianId", contains(last.toString(), preferred.toString(), plain.toString()))
                .body("candidates.score", contains(20.0f, 10.0f, -10.0f))
                .body("candidates[0].continuity", equalTo(true)).body("candidates[1].preferred", equalTo(true));
    }

    @Test
    void neighbouringStationsLendTheirTechniciansBySetting() {
        // test setting: 30 km; one station 20 km north, one 100 km north
        UUID near = DispatchFixtures.station(f.dealerId, DispatchFixtures.LAT + 20 / 111.195, DispatchFixtures.LON);
        UUID far = DispatchFixtures.station(f.dealerId, DispatchFixtures.LAT + 100 / 111.195, DispatchFixtures.LON);
        UUID neighbour = DispatchFixtures.technician(near, "邻站");
        UUID distant = DispatchFixtures.technician(far, "远站");
        f.describe(neighbour, b -> { });
        f.describe(distant, b -> { });
        UUID visit = f.visitOnDay(9, 12, 10);
        admin().get("/api/v1/visits/" + visit + "/dispatch-candidates").then().statusCode(200)
                .body("candidates.technicianId", contains(neighbour.toString()))
                .body("candidates[0].distanceKm", equalTo(10.0f))
                .body("excluded.technicianId", not(hasItem(distant.toString())));
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        UUID visit = f.visit();
        admin().body(Map.of("windowStart", f.at(12, 0).toString(), "windowEnd", f.at(9, 0).toString()))
                .put("/api/v1/visits/" + visit + "/dispatch-details").then().statusCode(400)
                .body("errors[0].field", equalTo("windowEnd"));
    }

    @Test
    void anotherStationsManagerSeesNothing() {
        UUID visit = f.visitOnDay(9, 12, 10);
        UUID other = DispatchFixtures.station(f.dealerId, 30.0, 120.0);
        stationManager(other).get("/api/v1/visits/" + visit + "/dispatch-candidates").then().statusCode(404);
    }
}
