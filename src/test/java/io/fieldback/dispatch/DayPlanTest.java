package io.fieldback.dispatch;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.stationManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A seeded small day solves feasibly; accepted assignments survive a re-plan; the phones get their day. */
@QuarkusTest
class DayPlanTest {

    DispatchFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        f = new DispatchFixtures();
    }

    /** Requests the plan and polls its status resource until the job is over. */
    JsonPath plan() {
        String location = stationManager(f.stationId).body(Map.of("date", f.day.toString()))
                .post("/api/v1/stations/" + f.stationId + "/day-plans").then().statusCode(202)
                .body("status", equalTo("QUEUED")).extract().header("Location");
        for (int i = 0; i < 300; i++) {
            JsonPath plan = stationManager(f.stationId).get(location).then().statusCode(200).extract().jsonPath();
            if (plan.getString("status").equals("DONE") || plan.getString("status").equals("FAILED")) {
                return plan;
            }
            sleep();
        }
        throw new AssertionError("the day plan did not finish");
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Three technicians; eight visits 2..30 km north, mornings and afternoons. */
    List<UUID> seed(List<UUID> technicians) {
        technicians.add(f.capableTechnician("张", b -> { }));
        technicians.add(f.capableTechnician("王", b -> { }));
        technicians.add(f.capableTechnician("李", b -> { }));
        List<UUID> visits = new ArrayList<>();
        double[] km = { 2, 6, 10, 14, 18, 22, 26, 30 };
        for (int i = 0; i < km.length; i++) {
            visits.add(f.visitOnDay(i % 2 == 0 ? 9 : 13, i % 2 == 0 ? 12 : 16, km[i]));
        }
        return visits;
    }

    @Test
    void aSeededDaySolvesFeasiblyAndEveryVisitIsPlacedOnce() {
        List<UUID> techs = new ArrayList<>();
        List<UUID> visits = seed(techs);
        JsonPath plan = plan();
        assertThat(plan.getString("status")).isEqualTo("DONE");
        assertThat(plan.getBoolean("feasible")).isTrue();
        assertThat(plan.getString("score")).startsWith("0hard/0medium/");
        assertThat(plan.getList("result.unplanned")).isEmpty();
        List<String> placed = plan.getList("result.routes.stops.flatten().visitId");
        assertThat(placed).containsExactlyInAnyOrderElementsOf(visits.stream().map(UUID::toString).toList());
        // every stop starts inside its window, in order
        for (Map<String, Object> stop : plan.<Map<String, Object>>getList("result.routes.stops.flatten()")) {
            Instant start = Instant.parse((String) stop.get("start"));
            assertThat(start).isBetween(f.at(9, 0), f.at(16, 0));
        }
        // the soft constraint that is never fully met is explained: travel
        assertThat(plan.getList("result.broken.constraint", String.class)).contains("travel time (minutes)");
        assertThat(plan.getList("result.broken.level", String.class)).containsOnly("SOFT");
        // published: each planned technician's phone sees its visits in order
        for (UUID tech : techs) {
            List<String> mine = plan.getList("result.routes.find { it.technicianId == '" + tech + "' }.stops.visitId");
            List<String> assigned = f.phone(tech).get("/api/v1/me/assignments").then().statusCode(200).extract()
                    .jsonPath().getList("visitId");
            assertThat(assigned).containsExactlyElementsOf(mine);
            mine.forEach(v -> f.phone(tech).get("/api/v1/me/visits").then().body("items.id", hasItem(v)));
        }
    }

    @Test
    void anAcceptedAssignmentSurvivesARePlan() {
        List<UUID> techs = new ArrayList<>();
        List<UUID> visits = seed(techs);
        UUID far = visits.get(7);
        UUID keeper = techs.get(2);
        UUID assignment = AssignmentLifecycleTest.assign(f, far, keeper, "ASSIGNED");
        AssignmentLifecycleTest.answer(f, keeper, assignment, "ACCEPTED", UuidV7.next()).statusCode(201);
        for (int run = 0; run < 2; run++) {
            JsonPath plan = plan();
            assertThat(plan.getBoolean("feasible")).isTrue();
            Map<String, Object> stop = plan.getMap("result.routes.stops.flatten().find { it.visitId == '" + far + "' }");
            assertThat(stop.get("pinned")).isEqualTo(true);
            assertThat(plan.getString("result.routes.find { it.stops.visitId.contains('" + far + "') }.technicianId"))
                    .isEqualTo(keeper.toString());
        }
        admin().get("/api/v1/visits/" + far + "/assignments").then().body("status", org.hamcrest.Matchers.contains("ACCEPTED"));
    }

    @Test
    void aPastDayIsRefused() {
        stationManager(f.stationId).body(Map.of("date", f.day.minusYears(1).toString()))
                .post("/api/v1/stations/" + f.stationId + "/day-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("detail", containsString("past"));
    }

    @Test
    void anotherStationsManagerCannotPlanOrReadIt() {
        UUID other = DispatchFixtures.station(f.dealerId, 30.0, 120.0);
        stationManager(other).body(Map.of("date", f.day.toString()))
                .post("/api/v1/stations/" + f.stationId + "/day-plans").then().statusCode(404);
        String location = admin().body(Map.of("date", f.day.toString()))
                .post("/api/v1/stations/" + f.stationId + "/day-plans").then().statusCode(202).extract().header("Location");
        stationManager(other).get(location).then().statusCode(404);
    }
}
