package io.fieldback.dispatch;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.stationManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CapabilitiesTest {

    DispatchFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        f = new DispatchFixtures();
    }

    @Test
    void capabilitiesAreStoredAndReadBackWithTheHomeStation() {
        UUID tech = f.capableTechnician("李师傅", b -> b.put("absences", List.of(Map.of("from", "2026-12-24",
                "to", "2026-12-26", "reason", "年假"))));
        stationManager(f.stationId).get("/api/v1/technicians/" + tech + "/capabilities").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("stationId", equalTo(f.stationId.toString()))
                .body("skills.productSeries", contains("YC6K"))
                .body("skills[0].level", equalTo(3))
                .body("certifications[0].validUntil", equalTo(f.day.plusYears(1).toString()))
                .body("shifts.size()", equalTo(5))
                .body("shifts[0].start", equalTo("08:00:00"))
                .body("absences[0].reason", equalTo("年假"))
                .body("dailyCap", equalTo(6))
                .body("lastPosition", nullValue());
    }

    @Test
    void aTechnicianNeverDescribedHasNothingAndTheDefaultCap() {
        UUID tech = f.technician("新人");
        admin().get("/api/v1/technicians/" + tech + "/capabilities").then().statusCode(200)
                .body("skills.size()", equalTo(0)).body("dailyCap", equalTo(8));
    }

    @Test
    void aShiftThatEndsBeforeItStartsIsRefused() {
        UUID tech = f.technician("夜班");
        admin().body(Map.of("shifts", List.of(Map.of("dayOfWeek", "MONDAY", "start", "22:00", "end", "06:00"))))
                .put("/api/v1/technicians/" + tech + "/capabilities").then().statusCode(400)
                .body("errors[0].field", equalTo("shifts[0].end"))
                .body("detail", containsString("not after its start"));
    }

    @Test
    void aSecondChangeNeedsTheCurrentVersion() {
        UUID tech = f.capableTechnician("王师傅", b -> { });
        admin().body(f.capable()).header("If-Match", "\"7\"").put("/api/v1/technicians/" + tech + "/capabilities")
                .then().statusCode(412);
        admin().body(Map.of("dailyCap", 2)).header("If-Match", "\"0\"").put("/api/v1/technicians/" + tech + "/capabilities")
                .then().statusCode(200).body("dailyCap", equalTo(2)).body("skills.size()", equalTo(0));
    }

    @Test
    void theLastKnownPositionComesFromThePhonesLatestVisitEvent() {
        UUID tech = f.capableTechnician("赵师傅", b -> { });
        UUID visit = f.visit();
        Instant earlier = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        f.phone(tech).body(Map.of("id", UuidV7.next().toString(), "type", "NOTE", "note", "出发",
                "occurredAt", earlier.toString(), "latitude", 31.3, "longitude", 121.5))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        f.phone(tech).body(Map.of("id", UuidV7.next().toString(), "type", "NOTE", "note", "快到了",
                "occurredAt", earlier.plus(20, ChronoUnit.MINUTES).toString(), "latitude", 31.25, "longitude", 121.48))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        // a later event without a position leaves the last known one
        f.phone(tech).body(Map.of("id", UuidV7.next().toString(), "type", "NOTE", "note", "无定位",
                "occurredAt", earlier.plus(25, ChronoUnit.MINUTES).toString()))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        admin().get("/api/v1/technicians/" + tech + "/capabilities").then().statusCode(200)
                .body("lastPosition.latitude", equalTo(31.25f)).body("lastPosition.longitude", equalTo(121.48f))
                .body("lastPosition.at", equalTo(earlier.plus(20, ChronoUnit.MINUTES).toString()));
    }

    @Test
    void aPositionNeedsBothCoordinates() {
        UUID tech = f.capableTechnician("钱师傅", b -> { });
        f.phone(tech).body(Map.of("id", UuidV7.next().toString(), "type", "NOTE", "note", "x",
                "occurredAt", Instant.now().minusSeconds(60).toString(), "latitude", 31.3))
                .post("/api/v1/visits/" + f.visit() + "/events").then().statusCode(400)
                .body("errors[0].field", equalTo("longitude"));
    }

    @Test
    void aStationManagerDescribesOnlyTheirOwnStationsTechnicians() {
        UUID tech = f.technician("孙师傅");
        UUID otherStation = DispatchFixtures.station(f.dealerId, 30.0, 120.0);
        stationManager(otherStation).body(f.capable()).put("/api/v1/technicians/" + tech + "/capabilities")
                .then().statusCode(404);
        UUID colleague = f.technician("周师傅");
        f.phone(colleague).get("/api/v1/technicians/" + tech + "/capabilities").then().statusCode(404);
        f.phone(tech).get("/api/v1/technicians/" + tech + "/capabilities").then().statusCode(200);
    }
}
