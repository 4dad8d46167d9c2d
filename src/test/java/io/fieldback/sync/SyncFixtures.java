package io.fieldback.sync;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** A dealer allowed to register customers, with one station, fresh for each test. */
final class SyncFixtures {

    final UUID dealerId;
    final String stationCode = TestData.unique("ST");
    final UUID stationId;
    final Instant t0 = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    SyncFixtures() {
        dealerId = UUID.fromString(admin().body(Map.of("code", TestData.unique("DLR"), "name", "经销商",
                "mayCreateCustomers", true)).post("/api/v1/dealers").then().statusCode(201).extract().path("id"));
        Map<String, Object> station = new HashMap<>(TestData.station(dealerId, 31.2, 121.4));
        station.put("code", stationCode);
        stationId = UUID.fromString(admin().body(station).post("/api/v1/stations").then().statusCode(201)
                .extract().path("id"));
    }

    RequestSpecification dms() {
        return Tokens.dealer(dealerId);
    }

    Map<String, Object> order(String number, Instant updatedAt) {
        Map<String, Object> order = new HashMap<>();
        order.put("repairOrderNumber", number);
        order.put("updatedAt", updatedAt.toString());
        order.put("stationCode", stationCode);
        order.put("customer", Map.of("code", "C-" + number, "name", "客户" + number, "relationship", "END_USER",
                "importance", "ORDINARY", "region", "EAST"));
        order.put("equipment", Map.of("serialNumber", "SN-" + number, "productSeries", "YC6K", "application", "TRUCK"));
        order.put("type", "PAID_REPAIR");
        order.put("status", "REQUESTED");
        order.put("requestedAt", t0.toString());
        order.put("faultReported", "水温过高");
        return order;
    }

    Map<String, Object> completed(String number, Instant updatedAt) {
        Map<String, Object> order = order(number, updatedAt);
        order.put("status", "COMPLETED");
        order.put("arrivedAt", t0.plusSeconds(3600).toString());
        order.put("completedAt", t0.plusSeconds(7200).toString());
        order.put("outcome", "FIXED");
        return order;
    }

    JsonPath sync(List<Map<String, Object>> items) {
        return dms().body(Map.of("items", items)).put("/api/v1/dealer/repair-orders").then().statusCode(200)
                .extract().jsonPath();
    }

    static String number() {
        return "RO-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
