package io.fieldback.engineering;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ComplaintFixtures;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Design changes and their before/after figures, against a fleet counted by hand. */
@QuarkusTest
class DesignChangeFiguresTest {

    private static final String URL = "/api/v1/design-changes";

    private final String series = TestData.unique("S").toUpperCase();
    private final String prefix = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    private UUID station;
    private UUID customer;

    @BeforeEach
    void network() {
        UUID dealer = TestData.dealer();
        station = TestData.station(dealer);
        customer = TestData.customer(dealer);
    }

    private UUID machine(int n, String delivered) {
        return UUID.fromString(admin().body(Map.of("serialNumber", prefix + String.format("%04d", n), "productSeries",
                series, "application", "TRUCK", "deliveryDate", delivered, "warrantyUntil", "2099-12-31"))
                .post("/api/v1/customers/" + customer + "/equipment").then().statusCode(201).extract().path("id"));
    }

    private UUID visit(UUID machine, String type, String end) {
        UUID id = UuidV7.next();
        Instant requested = Instant.now().minusSeconds(7200);
        admin().body(Map.of("customerId", customer.toString(), "equipmentId", machine.toString(), "stationId",
                station.toString(), "type", type, "requestedAt", requested.toString())).put("/api/v1/visits/" + id)
                .then().statusCode(201);
        if (end.equals("COMPLETED")) {
            admin().body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                    Instant.now().minusSeconds(3600).toString(), "outcome", "FIXED"))
                    .post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        } else if (end.equals("CANCELLED")) {
            admin().body(Map.of("reason", "客户取消")).post("/api/v1/visits/" + id + "/cancel").then().statusCode(200);
        }
        return id;
    }

    private void complaint(UUID machine, String category) {
        Map<String, Object> body = new HashMap<>(ComplaintFixtures.body(customer));
        body.put("equipmentId", machine.toString());
        body.put("category", category);
        as(Roles.HANDLER).body(body).post("/api/v1/complaints").then().statusCode(201);
    }

    /** A warranty claim of 1.5 h on the visit; submitted, it is auto-approved. */
    private void claim(UUID visit, boolean submit, String operation, String type) {
        String id = admin().body(Map.of("visitId", visit.toString(), "claimNumber", TestData.unique("WC"),
                "claimTypeCode", type, "currency", "CNY", "lines", List.of(Map.of("kind", "LABOUR", "operationCode",
                        operation, "hours", "1.50")))).post("/api/v1/warranty-claims").then().statusCode(201)
                .extract().path("id");
        if (submit) {
            String tag = admin().get("/api/v1/warranty-claims/" + id).then().extract().header("ETag");
            admin().header("If-Match", tag).post("/api/v1/warranty-claims/" + id + "/submit").then().statusCode(200);
        }
    }

    private void warrantyCatalogue(String operation, String type) {
        admin().body(Map.of("stationId", station.toString(), "validFrom", "2020-01-01", "hourlyRate", "180.00",
                "currency", "CNY")).post("/api/v1/warranty/labour-rates").then().statusCode(201);
        admin().body(Map.of("code", operation, "productSeries", series, "description", "更换喷油器", "standardHours",
                "2.00")).post("/api/v1/warranty/operation-codes").then().statusCode(201);
        admin().body(Map.of("code", type, "kind", "STANDARD", "name", "三包")).post("/api/v1/warranty/claim-types")
                .then().statusCode(201);
    }

    @Test
    void figuresBeforeAndAfterEqualAHandCount() {
        String operation = TestData.unique("OP");
        String type = TestData.unique("STD");
        warrantyCatalogue(operation, type);
        UUID m1 = machine(1, "2025-01-10");
        UUID m2 = machine(2, "2025-02-10");
        UUID m3 = machine(3, "2025-03-10");
        UUID m4 = machine(4, "2025-06-10");
        UUID m5 = machine(5, "2025-07-10");

        // before the change (serials 0001-0003): failures 2 + 1 = 3 (maintenance and a cancelled repair are none)
        UUID repaired = visit(m1, "WARRANTY_REPAIR", "COMPLETED");
        visit(m1, "WARRANTY_REPAIR", "OPEN");
        visit(m2, "PAID_REPAIR", "COMPLETED");
        visit(m3, "MAINTENANCE", "COMPLETED");
        visit(m3, "WARRANTY_REPAIR", "CANCELLED");
        // after (0004-0005): one failure
        UUID repairedAfter = visit(m4, "WARRANTY_REPAIR", "COMPLETED");
        // claims: one submitted before; a draft after is not a claim yet
        claim(repaired, true, operation, type);
        claim(repairedAfter, false, operation, type);
        // complaints: product quality counts, service attitude does not
        complaint(m1, "PRODUCT_QUALITY");
        complaint(m2, "SERVICE_ATTITUDE");
        complaint(m5, "PRODUCT_QUALITY");

        String id = admin().body(Map.of("changeNumber", TestData.unique("ECN"), "productSeries", series,
                "appliesFromSerial", prefix + "0004", "description", "喷油器密封圈改用氟橡胶")).post(URL).then()
                .statusCode(201).extract().path("id");

        // hand count: before 3 machines, 3 failures (1000.0), 1 claim (333.3), 1 complaint (333.3);
        //             after 2 machines, 1 failure (500.0), 0 claims (0.0), 1 complaint (500.0)
        as(Roles.ANALYST).get(URL + "/" + id + "/figures").then().statusCode(200)
                .body("before.machines", equalTo(3)).body("before.failures", equalTo(3))
                .body("before.failuresPer1000", equalTo(1000.0f))
                .body("before.warrantyClaims", equalTo(1)).body("before.warrantyClaimsPer1000", equalTo(333.3f))
                .body("before.complaints", equalTo(1)).body("before.complaintsPer1000", equalTo(333.3f))
                .body("after.machines", equalTo(2)).body("after.failures", equalTo(1))
                .body("after.failuresPer1000", equalTo(500.0f))
                .body("after.warrantyClaims", equalTo(0)).body("after.warrantyClaimsPer1000", equalTo(0.0f))
                .body("after.complaints", equalTo(1)).body("after.complaintsPer1000", equalTo(500.0f))
                .body("machinesUnplaced", equalTo(0));

        // the same fleet split by delivery date: from 2025-03-01, machines 3-5 are after
        String byDate = admin().body(Map.of("changeNumber", TestData.unique("ECN"), "productSeries", series,
                "appliesFromDate", "2025-03-01")).post(URL).then().statusCode(201).extract().path("id");
        admin().get(URL + "/" + byDate + "/figures").then().statusCode(200)
                .body("before.machines", equalTo(2)).body("before.failures", equalTo(3))
                .body("after.machines", equalTo(3)).body("after.failures", equalTo(1))
                .body("after.complaints", equalTo(1)).body("before.warrantyClaims", equalTo(1));
    }

    @Test
    void aChangeMustFitItsSeries() {
        machine(1, "2025-01-10");
        Map<String, Object> body = new HashMap<>(Map.of("changeNumber", TestData.unique("ECN"), "productSeries",
                series, "appliesFromDate", "2024-12-31"));
        admin().body(body).post(URL).then().statusCode(400).body("detail", containsString("before series"));
        body.put("productSeries", series + "-NONE");
        admin().body(body).post(URL).then().statusCode(400).body("errors[0].field", equalTo("productSeries"));
        body.put("productSeries", series);
        body.remove("appliesFromDate");
        admin().body(body).post(URL).then().statusCode(400).body("detail", containsString("exactly one"));
        body.put("appliesFromSerial", "NOT-A-SERIAL");
        admin().body(body).post(URL).then().statusCode(400).body("errors[0].field", equalTo("appliesFromSerial"));
        body.put("appliesFromSerial", prefix + "0001");
        admin().body(body).post(URL).then().statusCode(201);
        admin().body(body).post(URL).then().statusCode(409);
        as(Roles.DEALER).body(body).post(URL).then().statusCode(403);
    }
}
