package io.fieldback.dispatch;

import static io.fieldback.support.Tokens.admin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.UuidV7;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/** A station in Shanghai with a customer and a YC6K machine, fresh for each test; technicians on demand. */
final class DispatchFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final double LAT = 31.2304;
    static final double LON = 121.4737;

    final UUID dealerId = TestData.dealer();
    final UUID stationId = station(dealerId, LAT, LON);
    final UUID customerId = TestData.customer(null);
    final UUID equipmentId = equipment(customerId, "YC6K");
    /** A Monday at least a week ahead: every test's visits fall on it. */
    final LocalDate day = LocalDate.now(ZONE).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    static UUID station(UUID dealerId, double lat, double lon) {
        // stations keep 4 decimals (about 10 m)
        return UUID.fromString(admin().body(TestData.station(dealerId, Math.round(lat * 1e4) / 1e4,
                Math.round(lon * 1e4) / 1e4)).post("/api/v1/stations")
                .then().statusCode(201).extract().path("id"));
    }

    static UUID equipment(UUID customerId, String series) {
        return UUID.fromString(admin().body(Map.of("serialNumber", "SN" + UUID.randomUUID().toString().substring(0, 12),
                "productSeries", series, "application", "TRUCK"))
                .post("/api/v1/customers/" + customerId + "/equipment").then().statusCode(201).extract().path("id"));
    }

    UUID technician(String name) {
        return technician(stationId, name);
    }

    static UUID technician(UUID stationId, String name) {
        return UUID.fromString(admin().body(Map.of("stationId", stationId.toString(), "name", name,
                "phone", "+8613812345678", "productLines", List.of("heavy-duty-diesel")))
                .post("/api/v1/technicians").then().statusCode(201).extract().path("id"));
    }

    /** Capabilities that pass every hard rule for a YC6K visit on {@link #day}: a weekday 08:00-17:00 shift. */
    Map<String, Object> capable() {
        Map<String, Object> body = new HashMap<>();
        body.put("skills", List.of(Map.of("productSeries", "YC6K", "level", 3)));
        body.put("certifications", List.of(Map.of("name", "国六排放维修", "productSeries", "YC6K",
                "validUntil", day.plusYears(1).toString())));
        body.put("shifts", List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY).stream().map(d -> Map.of("dayOfWeek", d.name(), "start", "08:00", "end", "17:00")).toList());
        body.put("dailyCap", 6);
        return body;
    }

    /** A technician of this station with {@link #capable()} capabilities changed by {@code change}. */
    UUID capableTechnician(String name, java.util.function.Consumer<Map<String, Object>> change) {
        UUID id = technician(name);
        describe(id, change);
        return id;
    }

    void describe(UUID technicianId, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> body = capable();
        change.accept(body);
        String etag = admin().get("/api/v1/technicians/" + technicianId + "/capabilities").then().statusCode(200)
                .extract().header("ETag");
        admin().body(body).header("If-Match", etag).put("/api/v1/technicians/" + technicianId + "/capabilities")
                .then().statusCode(200);
    }

    Instant at(int hour, int minute) {
        return at(day, hour, minute);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    /** A requested visit for the machine, created by the back office. */
    UUID visit() {
        return visit(customerId, equipmentId);
    }

    UUID visit(UUID customer, UUID equipment) {
        UUID id = UuidV7.next();
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customer.toString());
        if (equipment != null) {
            body.put("equipmentId", equipment.toString());
        }
        body.put("stationId", stationId.toString());
        body.put("type", "WARRANTY_REPAIR");
        body.put("faultReported", "发动机启动困难");
        body.put("requestedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        admin().body(body).put("/api/v1/visits/" + id).then().statusCode(201);
        return id;
    }

    /** A visit to be done on {@link #day} between the two hours, at a site this many km north of the station. */
    UUID visitOnDay(int fromHour, int toHour, double kmNorth) {
        UUID id = visit();
        window(id, fromHour, toHour, kmNorth, 60);
        return id;
    }

    void window(UUID visitId, int fromHour, int toHour, double kmNorth, int minutes) {
        admin().body(Map.of("latitude", LAT + kmNorth / 111.195, "longitude", LON, "windowStart", at(fromHour, 0).toString(),
                "windowEnd", at(toHour, 0).toString(), "durationMinutes", minutes))
                .put("/api/v1/visits/" + visitId + "/dispatch-details").then().statusCode(200);
    }

    static RequestSpecification phone(UUID stationId, UUID technicianId) {
        String token = Jwt.issuer("https://fieldback.dev").subject("tech-" + technicianId).groups(Roles.TECHNICIAN)
                .claim(Scope.STATION, stationId.toString()).claim(Scope.TECHNICIAN, technicianId.toString())
                .expiresIn(3600).sign();
        return RestAssured.given().auth().oauth2(token).contentType("application/json");
    }

    RequestSpecification phone(UUID technicianId) {
        return phone(stationId, technicianId);
    }
}
