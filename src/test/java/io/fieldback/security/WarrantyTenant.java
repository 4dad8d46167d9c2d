package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;
import io.quarkus.arc.Arc;

/**
 * A tenant's warranty records for the tenancy matrix: a labour rate for its station, an operation code and a
 * claim type, an in-warranty machine with a completed visit, and a DRAFT claim for it. Made through the API.
 */
final class WarrantyTenant {

    private static final AtomicInteger DAYS = new AtomicInteger();
    /** Months of 2001 on (long over): each settlement of the matrix has a month of its own. */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    private final TenancyWorld world;
    final String operationCode = TestData.unique("OP");
    final String claimType = TestData.unique("STD");
    final UUID labourRate;
    final UUID operationCodeId;
    final UUID claimTypeId;
    final UUID completedVisit;
    final String claimNumber = TestData.unique("WC");
    final UUID claim;
    /** The first line of the claim {@link #newClaimInReview()} made last (path parameters are made before bodies). */
    volatile String reviewLine;

    WarrantyTenant(TenancyWorld world) {
        this.world = world;
        labourRate = id(admin().body(Map.of("stationId", world.station.toString(), "validFrom", "2020-01-01",
                "hourlyRate", "180.00", "currency", "CNY")).post("/api/v1/warranty/labour-rates"));
        operationCodeId = id(admin().body(operationCodeBody(operationCode)).post("/api/v1/warranty/operation-codes"));
        claimTypeId = id(admin().body(claimTypeBody(claimType)).post("/api/v1/warranty/claim-types"));
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

    /** The claim of the part return {@link #newReturn(int)} made last (path parameters are made in order). */
    volatile UUID returnClaim;
    /** The part line of the claim {@link #newPartClaim()} made last. */
    volatile String partLine;
    private UUID settlement;

    /** One part, 1 x 500.00, with no operation code (never a duplicate): auto-approved. */
    UUID newPartClaim() {
        return partClaimAt(null);
    }

    private UUID partClaimAt(Instant decidedAt) {
        UUID id = id(admin().body(Map.of("visitId", completedVisit.toString(), "claimNumber", TestData.unique("WC"),
                "claimTypeCode", claimType, "currency", "CNY", "lines", List.of(Map.of("kind", "PART", "partNumber",
                        "WP-6K-001", "quantity", "1", "unitPrice", "500.00", "causalPart", true))))
                .post("/api/v1/warranty-claims"));
        String tag = admin().get("/api/v1/warranty-claims/" + id).then().extract().header("ETag");
        TimeSource time = Arc.container().instance(TimeSource.class).get();
        if (decidedAt != null) {
            time.use(Clock.fixed(decidedAt, ZoneOffset.UTC));
        }
        try {
            partLine = admin().header("If-Match", tag).post("/api/v1/warranty-claims/" + id + "/submit").then()
                    .statusCode(200).extract().path("lines[0].id");
        } finally {
            time.reset();
        }
        return id;
    }

    /** A part return on a new claim, moved through {@code steps} of: requested, shipped, received. */
    UUID newReturn(int steps) {
        UUID claim = newPartClaim();
        String base = "/api/v1/warranty-claims/" + claim + "/part-returns";
        UUID id = id(admin().body(Map.of("lineId", partLine, "instruction", "RETURN", "dueOn",
                LocalDate.now().plusDays(30).toString())).post(base));
        if (steps > 1) {
            admin().body(Map.of("carrier", "顺丰速运", "trackingNumber", "SF1")).post(base + "/" + id + "/shipment").then()
                    .statusCode(200);
        }
        if (steps > 2) {
            admin().post(base + "/" + id + "/receipt").then().statusCode(200);
        }
        returnClaim = claim;
        return id;
    }

    /** This tenant's batch for a month of its own (one per call: paying uses a batch up). */
    UUID newSettlement() {
        YearMonth month = YearMonth.of(2001, 1).plusMonths(MONTHS.incrementAndGet());
        partClaimAt(month.atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant());
        admin().queryParam("month", month.toString()).post("/api/v1/warranty/settlements").then().statusCode(200);
        String batch = admin().queryParam("month", month.toString()).queryParam("stationId", world.station.toString())
                .get("/api/v1/warranty/settlements").then().statusCode(200).extract().path("items[0].id");
        return UUID.fromString(batch);
    }

    /** The station, once its batch exists. */
    UUID settledStation() {
        settlement();
        return world.station;
    }

    synchronized UUID settlement() {
        if (settlement == null) {
            settlement = newSettlement();
        }
        return settlement;
    }

    static Map<String, Object> operationCodeBody(String code) {
        return Map.of("code", code, "productSeries", "YC6K", "description", "更换水泵", "standardHours", "2.00");
    }

    static Map<String, Object> claimTypeBody(String code) {
        return Map.of("code", code, "kind", "STANDARD", "name", "三包");
    }

    Map<String, Object> labourRateBody() {
        return Map.of("stationId", world.station.toString(), "validFrom", "2020-01-01", "hourlyRate", "180.00",
                "currency", "CNY");
    }

    /** Catalogue entries of their own, for deactivation. */
    UUID newOperationCode() {
        return id(admin().body(operationCodeBody(TestData.unique("OP"))).post("/api/v1/warranty/operation-codes"));
    }

    UUID newClaimType() {
        return id(admin().body(claimTypeBody(TestData.unique("STD"))).post("/api/v1/warranty/claim-types"));
    }

    UUID newLabourRate() {
        return id(admin().body(Map.of("stationId", world.station.toString(), "validFrom", newRateDay(), "hourlyRate",
                "150.00", "currency", "CNY")).post("/api/v1/warranty/labour-rates"));
    }

    /** A day no rate of this station starts on. */
    static String newRateDay() {
        return LocalDate.of(2000, 1, 1).plusDays(DAYS.incrementAndGet()).toString();
    }

    private static UUID id(io.restassured.response.Response response) {
        return UUID.fromString(response.then().statusCode(201).extract().path("id"));
    }
}
