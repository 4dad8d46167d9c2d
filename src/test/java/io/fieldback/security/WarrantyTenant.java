package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;

/**
 * A tenant's warranty records for the tenancy matrix: a labour rate for its station, an operation code and a
 * claim type, an in-warranty machine with a completed visit, and a DRAFT claim for it. Made through the API.
 */
final class WarrantyTenant {

    private static final AtomicInteger DAYS = new AtomicInteger();

    private final TenancyWorld world;
    final String operationCode = TestData.unique("OP");
    final String claimType = TestData.unique("STD");
    final UUID labourRate;
    final UUID completedVisit;
    final String claimNumber = TestData.unique("WC");
    final UUID claim;
    /** The first line of the claim {@link #newClaimInReview()} made last (path parameters are made before bodies). */
    volatile String reviewLine;

    WarrantyTenant(TenancyWorld world) {
        this.world = world;
        labourRate = id(admin().body(Map.of("stationId", world.station.toString(), "validFrom", "2020-01-01",
                "hourlyRate", "180.00", "currency", "CNY")).post("/api/v1/warranty/labour-rates"));
        admin().body(Map.of("code", operationCode, "productSeries", "YC6K", "description", "更换水泵", "standardHours",
                "2.00")).post("/api/v1/warranty/operation-codes").then().statusCode(201);
        admin().body(Map.of("code", claimType, "kind", "STANDARD", "name", "三包")).post("/api/v1/warranty/claim-types")
                .then().statusCode(201);
        Map<String, Object> machine = new HashMap<>(Map.of("serialNumber", TenancyWorld.serial(), "productSeries",
                "YC6K", "application", "TRUCK", "deliveryDate", "2020-01-01", "warrantyUntil", "2099-12-31"));
        UUID equipment = id(admin().body(machine).post("/api/v1/customers/" + world.customer + "/equipment"));
        completedVisit = UuidV7.next();
        Instant done = Instant.now().minusSeconds(3600);
        admin().body(Map.of("customerId", world.customer.toString(), "equipmentId", equipment.toString(), "stationId",
                world.station.toString(), "type", "WARRANTY_REPAIR", "requestedAt", done.minusSeconds(3600).toString()))
                .put("/api/v1/visits/" + completedVisit).then().statusCode(201);
        world.technicianToken().body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                done.toString(), "outcome", "FIXED")).post("/api/v1/visits/" + completedVisit + "/events").then()
                .statusCode(201);
        claim = id(admin().body(claimBody(claimNumber, "1.50")).post("/api/v1/warranty-claims"));
    }

    /** 1.50 h on the operation (270.00): auto-approved when submitted. */
    Map<String, Object> claimBody(String number, String hours) {
        return Map.of("visitId", completedVisit.toString(), "claimNumber", number, "claimTypeCode", claimType,
                "currency", "CNY", "lines", List.of(Map.of("kind", "LABOUR", "operationCode", operationCode,
                        "hours", hours)));
    }

    Map<String, Object> newClaimBody() {
        return claimBody(TestData.unique("WC"), "1.50");
    }

    Map<String, Object> bulk() {
        Map<String, Object> item = new HashMap<>(newClaimBody());
        item.put("updatedAt", Instant.now().minusSeconds(60).toString());
        return Map.of("items", List.of(item));
    }

    UUID newDraft() {
        return id(admin().body(newClaimBody()).post("/api/v1/warranty-claims"));
    }

    /** A claim whose hours are over standard, submitted: it waits in the manual queue. */
    UUID newClaimInReview() {
        UUID id = id(admin().body(claimBody(TestData.unique("WC"), "3.00")).post("/api/v1/warranty-claims"));
        String tag = admin().get("/api/v1/warranty-claims/" + id).then().extract().header("ETag");
        reviewLine = admin().header("If-Match", tag).post("/api/v1/warranty-claims/" + id + "/submit").then()
                .statusCode(200).extract().path("lines[0].id");
        return id;
    }

    /** A day no rate of this station starts on. */
    static String newRateDay() {
        return LocalDate.of(2000, 1, 1).plusDays(DAYS.incrementAndGet()).toString();
    }

    private static UUID id(io.restassured.response.Response response) {
        return UUID.fromString(response.then().statusCode(201).extract().path("id"));
    }
}
