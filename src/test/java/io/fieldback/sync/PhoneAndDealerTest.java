package io.fieldback.sync;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A phone and a dealer editing one visit never overwrite each other silently. */
@QuarkusTest
class PhoneAndDealerTest {

    private SyncFixtures f;

    @BeforeEach
    void aDealer() {
        f = new SyncFixtures();
    }

    private String create(String number) {
        return f.sync(List.of(f.order(number, f.t0.plusSeconds(10)))).getString("items[0].visitId");
    }

    @Test
    void detailsEditedInFieldbackAfterTheDealersVersionAreKept() {
        String number = SyncFixtures.number();
        String visitId = create(number);
        var visit = admin().get("/api/v1/visits/" + visitId);
        Map<String, Object> edit = new java.util.HashMap<>();
        edit.put("customerId", visit.path("customerId"));
        edit.put("equipmentId", visit.path("equipmentId"));
        edit.put("stationId", visit.path("stationId"));
        edit.put("type", "PAID_REPAIR");
        edit.put("faultReported", "现场确认：水泵漏水");
        edit.put("requestedAt", visit.path("requestedAt"));
        edit.put("repairOrderNumber", number);
        admin().header("If-Match", visit.header("ETag")).body(edit).put("/api/v1/visits/" + visitId).then()
                .statusCode(200);

        Map<String, Object> dealerVersion = f.order(number, f.t0.plusSeconds(20)); // older than the edit (now)
        dealerVersion.put("faultReported", "经销商的描述");
        JsonPath answer = f.sync(List.of(dealerVersion));
        assertThat(answer.getString("items[0].status")).isEqualTo("UNCHANGED");
        assertThat(answer.getString("items[0].notes[0]")).startsWith("details kept");
        admin().get("/api/v1/visits/" + visitId).then().body("faultReported", equalTo("现场确认：水泵漏水"));
    }

    @Test
    void aNewerDealerVersionReplacesOlderDetails() {
        String number = SyncFixtures.number();
        String visitId = create(number);
        Map<String, Object> newer = f.order(number, Instant.now().minusSeconds(1));
        newer.put("workDone", "更换节温器");
        assertThat(f.sync(List.of(newer)).getString("items[0].status")).isEqualTo("UPDATED");
        admin().get("/api/v1/visits/" + visitId).then().body("workDone", equalTo("更换节温器"));
    }

    @Test
    void aDealerCannotCancelAVisitATechnicianCompleted() {
        String number = SyncFixtures.number();
        String visitId = create(number);
        UUID technician = UUID.fromString(admin().body(Map.of("stationId", f.stationId.toString(), "name", "李工"))
                .post("/api/v1/technicians").then().statusCode(201).extract().path("id"));
        var phone = io.restassured.RestAssured.given().auth().oauth2(io.smallrye.jwt.build.Jwt
                .issuer("https://fieldback.dev").subject("t").groups("technician")
                .claim("station_id", f.stationId.toString()).claim("technician_id", technician.toString())
                .expiresIn(3600).sign()).contentType("application/json");
        Instant now = Instant.now();
        phone.body(Map.of("id", UuidV7.next().toString(), "type", "ARRIVED", "occurredAt", now.minusSeconds(600).toString()))
                .post("/api/v1/visits/" + visitId + "/events").then().statusCode(201);
        phone.body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt", now.minusSeconds(60).toString(),
                "outcome", "FIXED")).post("/api/v1/visits/" + visitId + "/events").then().statusCode(201);

        Map<String, Object> cancel = f.order(number, now);
        cancel.put("status", "CANCELLED");
        cancel.put("cancelledAt", now.minusSeconds(300).toString());
        cancel.put("workDone", "should not land");
        JsonPath answer = f.sync(List.of(cancel));
        assertThat(answer.getString("items[0].status")).isEqualTo("REJECTED");
        assertThat(answer.getString("items[0].errors[0].field")).isEqualTo("status");
        admin().get("/api/v1/visits/" + visitId).then().body("status", equalTo("COMPLETED"))
                .body("workDone", equalTo(null));
        Tokens.dealer(f.dealerId).get("/api/v1/visits/" + visitId).then().statusCode(200);
    }
}
