package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.UuidV7;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A warranty network of its own per test: a dealer with a station (labour rate 180.00 CNY from 2026-01-01),
 * a product series with two operation codes, a standard and a goodwill claim type, and helpers for machines
 * and completed visits. Everything through the API.
 */
final class WarrantyFixtures {

    static final String CLAIMS = "/api/v1/warranty-claims";
    static final String CATALOGUE = "/api/v1/warranty";
    /** Completed on 2026-11-20 in Shanghai (the repair day) . */
    static final Instant REPAIRED = Instant.parse("2026-11-20T02:00:00Z");

    final UUID dealer = TestData.dealer();
    final UUID station = TestData.station(dealer);
    final UUID customer = TestData.customer(dealer);
    final String series = TestData.unique("YC").toUpperCase();
    /** Water pump replacement, 2.50 standard hours; cylinder head gasket, 6.50. */
    final String pumpOp = TestData.unique("OP-WP");
    final String gasketOp = TestData.unique("OP-HG");
    final String standard = TestData.unique("STD");
    final String goodwill = TestData.unique("GW");

    WarrantyFixtures() {
        rate("2026-01-01", "180.00");
        operation(pumpOp, "2.50");
        operation(gasketOp, "6.50");
        type(standard, "STANDARD", null);
        type(goodwill, "GOODWILL", null);
    }

    static RequestSpecification analyst() {
        return Tokens.as(Roles.WARRANTY_ANALYST);
    }

    RequestSpecification stationManager() {
        return Tokens.stationManager(station);
    }

    RequestSpecification dealerSystem() {
        return Tokens.dealer(dealer);
    }

    void rate(String validFrom, String hourlyRate) {
        admin().body(Map.of("stationId", station.toString(), "validFrom", validFrom, "hourlyRate", hourlyRate,
                "currency", "CNY")).post(CATALOGUE + "/labour-rates").then().statusCode(201);
    }

    void operation(String code, String standardHours) {
        admin().body(Map.of("code", code, "productSeries", series, "description", "更换水泵", "standardHours",
                standardHours)).post(CATALOGUE + "/operation-codes").then().statusCode(201);
    }

    static void type(String code, String kind, String campaign) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "kind", kind, "name", "保修"));
        if (campaign != null) {
            body.put("campaignCode", campaign);
        }
        admin().body(body).post(CATALOGUE + "/claim-types").then().statusCode(201);
    }

    /** A started recall over this series' machines delivered in the range (one must exist); returns its code. */
    String campaign(String deliveredFrom, String deliveredTo) {
        String code = TestData.unique("RC").toUpperCase();
        String id = admin().body(Map.of("code", code, "kind", "RECALL", "name", "水泵召回", "productSeries", series,
                "deliveredFrom", deliveredFrom, "deliveredTo", deliveredTo, "deadline", "2099-12-31"))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        admin().post("/api/v1/campaigns/" + id + "/start").then().statusCode(200);
        return code;
    }

    /** A machine delivered 2025-03-18, in warranty until the date and up to the running hours given. */
    UUID machine(String warrantyUntil, Integer limitHours) {
        return machine("2025-03-18", warrantyUntil, limitHours);
    }

    /** A machine of this series delivered on the day given. */
    UUID machine(String deliveryDate, String warrantyUntil, Integer limitHours) {
        Map<String, Object> body = new HashMap<>();
        body.put("serialNumber", TestData.unique("SN").toUpperCase());
        body.put("productSeries", series);
        body.put("application", "GENERATOR_SET");
        body.put("deliveryDate", deliveryDate);
        body.put("warrantyUntil", warrantyUntil);
        if (limitHours != null) {
            body.put("warrantyLimit", limitHours);
            body.put("warrantyLimitUnit", "HOURS");
        }
        return UUID.fromString(admin().body(body).post("/api/v1/customers/" + customer + "/equipment").then()
                .statusCode(201).extract().path("id"));
    }

    /** A visit of this station on the machine, completed at {@link #REPAIRED} with the hour meter at {@code hours}. */
    UUID completedVisit(UUID machine, int hours) {
        UUID id = UuidV7.next();
        Map<String, Object> visit = new HashMap<>();
        visit.put("customerId", customer.toString());
        if (machine != null) { // null: a visit that names no machine
            visit.put("equipmentId", machine.toString());
        }
        visit.put("stationId", station.toString());
        visit.put("type", "WARRANTY_REPAIR");
        visit.put("requestedAt", REPAIRED.minusSeconds(3 * 3600).toString());
        visit.put("meterReading", hours);
        visit.put("meterUnit", "HOURS");
        admin().body(visit).put("/api/v1/visits/" + id).then().statusCode(201);
        Tokens.technician(station).body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                REPAIRED.toString(), "outcome", "FIXED")).post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        return id;
    }

    /** A claim body: 2.50 h on the pump (450.00), 2 × 430.50 parts (861.00), 120.00 travel = 1,431.00. */
    Map<String, Object> claim(UUID visit, String claimNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("visitId", visit.toString());
        body.put("claimNumber", claimNumber);
        body.put("claimTypeCode", standard);
        body.put("currency", "CNY");
        body.put("lines", List.of(
                Map.of("kind", "LABOUR", "operationCode", pumpOp, "hours", "2.50"),
                Map.of("kind", "PART", "partNumber", "WP-6K-001", "quantity", "2", "unitPrice", "430.50",
                        "causalPart", true, "failedSerial", "WP2311-0042", "newSerial", "WP2410-0977"),
                Map.of("kind", "OTHER", "costKind", "TRAVEL", "amount", "120.00", "description", "往返 40 km")));
        return body;
    }

    /** A claim created by the station manager on a fresh in-warranty machine; returns its id. */
    UUID draft(Map<String, Object> body) {
        return UUID.fromString(stationManager().body(body).post(CLAIMS).then().statusCode(201).extract().path("id"));
    }

    UUID inWarrantyVisit() {
        return completedVisit(machine("2027-03-17", 5000), 1840);
    }

    static String etag(UUID claim) {
        return admin().get(CLAIMS + "/" + claim).then().statusCode(200).extract().header("ETag");
    }

    static RequestSpecification plain() {
        return RestAssured.given().contentType("application/json");
    }
}
