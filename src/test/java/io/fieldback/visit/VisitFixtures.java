package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** A station with a technician and a customer with equipment, fresh for each test. */
final class VisitFixtures {

    final UUID dealerId = TestData.dealer();
    final UUID stationId = TestData.station(dealerId);
    final UUID technicianId = technician(stationId);
    final UUID customerId = TestData.customer(null);
    final UUID equipmentId = equipment(customerId);
    final Instant requestedAt = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    static UUID technician(UUID stationId) {
        return UUID.fromString(admin().body(Map.of("stationId", stationId.toString(), "name", "王建国",
                "phone", "+8613812345678", "productLines", List.of("heavy-duty-diesel")))
                .post("/api/v1/technicians").then().statusCode(201).extract().path("id"));
    }

    static UUID equipment(UUID customerId) {
        return UUID.fromString(admin().body(Map.of("serialNumber", "SN" + UUID.randomUUID().toString().substring(0, 12),
                "productSeries", "YC6K", "application", "TRUCK"))
                .post("/api/v1/customers/" + customerId + "/equipment").then().statusCode(201).extract().path("id"));
    }

    /** The phone of this station's technician. */
    RequestSpecification phone() {
        return technicianOf(stationId, technicianId);
    }

    static RequestSpecification technicianOf(UUID stationId, UUID technicianId) {
        String token = Jwt.issuer("https://fieldback.dev").subject("tech-" + technicianId).groups(Roles.TECHNICIAN)
                .claim(Scope.STATION, stationId.toString()).claim(Scope.TECHNICIAN, technicianId.toString())
                .expiresIn(3600).sign();
        return RestAssured.given().auth().oauth2(token).contentType("application/json");
    }

    Map<String, Object> visit() {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId.toString());
        body.put("equipmentId", equipmentId.toString());
        body.put("stationId", stationId.toString());
        body.put("type", "WARRANTY_REPAIR");
        body.put("faultReported", "发动机启动困难，冒黑烟");
        body.put("requestedAt", requestedAt.toString());
        return body;
    }

    /** Creates a visit through the phone API and returns its id. */
    UUID createVisit() {
        UUID id = UuidV7.next();
        phone().body(visit()).put("/api/v1/visits/" + id).then().statusCode(201);
        return id;
    }

    static Map<String, Object> event(VisitEventType type, Instant at) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", UuidV7.next().toString());
        body.put("type", type.name());
        body.put("occurredAt", at.toString());
        switch (type) {
            case COMPLETED -> body.put("outcome", "FIXED");
            case NOTE, DIAGNOSED, CANCELLED -> body.put("note", "燃油滤清器堵塞");
            case PART_USED -> {
                body.put("partNumber", "FL-1012");
                body.put("quantity", 1);
                body.put("billing", "WARRANTY");
            }
            default -> {
            }
        }
        return body;
    }
}
