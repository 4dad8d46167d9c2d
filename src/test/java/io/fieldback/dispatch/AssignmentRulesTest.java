package io.fieldback.dispatch;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.stationManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Assigning against a hard rule is a 409 that names the rule. */
@QuarkusTest
class AssignmentRulesTest {

    DispatchFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        f = new DispatchFixtures();
    }

    private ValidatableResponse assign(UUID visit, UUID tech) {
        return stationManager(f.stationId).body(Map.of("technicianId", tech.toString()))
                .post("/api/v1/visits/" + visit + "/assignments").then();
    }

    @Test
    void aTechnicianOfAnotherStation() {
        UUID far = DispatchFixtures.station(f.dealerId, DispatchFixtures.LAT + 2, DispatchFixtures.LON);
        UUID tech = DispatchFixtures.technician(far, "外站");
        f.describe(tech, b -> { });
        assign(f.visitOnDay(9, 12, 5), tech).statusCode(409)
                .body("type", containsString("dispatch-rule")).body("detail", containsString("OTHER_STATION"))
                .body("errors.message", contains("OTHER_STATION"));
    }

    @Test
    void aTechnicianWithoutTheSkill() {
        UUID tech = f.capableTechnician("无技能", b -> b.put("skills", List.of()));
        assign(f.visitOnDay(9, 12, 5), tech).statusCode(409).body("errors.message", contains("NO_SKILL"));
    }

    @Test
    void aTechnicianOnLeave() {
        UUID tech = f.capableTechnician("休假", b -> b.put("absences", List.of(Map.of("from", f.day.toString(),
                "to", f.day.plusDays(3).toString(), "reason", "年假"))));
        assign(f.visitOnDay(9, 12, 5), tech).statusCode(409).body("errors.message", contains("ABSENT"))
                .body("detail", containsString("absent on " + f.day));
    }

    @Test
    void theDailyCapExcludesOnceReached() {
        UUID busy = f.capableTechnician("满额", b -> b.put("dailyCap", 1));
        assign(f.visitOnDay(9, 12, 5), busy).statusCode(201);
        UUID second = f.visitOnDay(13, 16, 5);
        admin().get("/api/v1/visits/" + second + "/dispatch-candidates").then().statusCode(200)
                .body("excluded.technicianId", contains(busy.toString()))
                .body("excluded[0].reasons.rule", contains("DAILY_CAP_REACHED"))
                .body("excluded[0].reasons[0].detail", containsString("1 jobs on " + f.day + ", cap 1"));
        assign(second, busy).statusCode(409).body("errors.message", contains("DAILY_CAP_REACHED"));
    }

    @Test
    void theDistanceIsMeasuredFromThePreviousJobOfTheDay() {
        UUID tech = f.capableTechnician("连单", b -> { });
        assign(f.visitOnDay(9, 11, 20), tech).statusCode(201);
        // hand count: previous job 20 km north, this one 5 km north: 15 km; one job that day: -10
        admin().get("/api/v1/visits/" + f.visitOnDay(13, 16, 5) + "/dispatch-candidates").then().statusCode(200)
                .body("candidates[0].from", equalTo("PREVIOUS_JOB")).body("candidates[0].distanceKm", equalTo(15.0f))
                .body("candidates[0].jobsThatDay", equalTo(1)).body("candidates[0].score", equalTo(-25.0f));
    }

    @Test
    void anUnknownTechnicianIsABadRequest() {
        assign(f.visitOnDay(9, 12, 5), UUID.randomUUID()).statusCode(400).body("errors[0].field", equalTo("technicianId"));
    }

    @Test
    void aCompletedVisitIsNotDispatchedAnyMore() {
        UUID tech = f.capableTechnician("完工", b -> { });
        UUID visit = f.visitOnDay(9, 12, 5);
        admin().body(Map.of("reason", "客户取消")).post("/api/v1/visits/" + visit + "/cancel").then().statusCode(200);
        assign(visit, tech).statusCode(409).body("detail", containsString("CANCELLED"));
    }
}
