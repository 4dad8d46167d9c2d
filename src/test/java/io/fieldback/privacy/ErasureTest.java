package io.fieldback.privacy;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.customer.CustomerFixtures;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Erasing a customer's personal data replaces names and phones everywhere and changes no figure. */
@QuarkusTest
class ErasureTest {

    private static final String ERASED = Masking.ERASED_NAME;
    private static final Map<String, String> REASON = Map.of("reason", "客户书面申请删除个人信息 (工单 PI-2026-0042)");

    private static String erasure(UUID customerId) {
        return CustomerFixtures.CUSTOMERS + "/" + customerId + "/erasure";
    }

    private static List<Map<String, Object>> topAnswers() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String dimension : List.of("quality", "attitude", "speed", "proactive")) {
            answers.add(Map.<String, Object>of("item", dimension + "_satisfied", "value", true));
            answers.add(Map.<String, Object>of("item", dimension + "_score", "value", 4));
        }
        return answers;
    }

    /** Everything figures are made of, for the customer: complaint figures of the month, calls, answers. */
    private static Map<String, Object> figures(UUID customerId) {
        Map<String, Object> figures = new HashMap<>();
        figures.put("complaintFigures", Tokens.as(Roles.HANDLER)
                .queryParam("month", YearMonth.now(ZoneOffset.UTC).toString()).get("/api/v1/complaints/figures").then()
                .statusCode(200).extract().asString());
        List<Map<String, Object>> complaints = admin().queryParam("customerId", customerId.toString())
                .get("/api/v1/complaints").then().statusCode(200).extract().path("items");
        figures.put("complaints", complaints.stream().map(c -> List.of(c.get("id"), c.get("status"), c.get("category"),
                c.get("severity"), c.get("overdue"))).toList());
        List<Map<String, Object>> calls = admin().queryParam("customerId", customerId.toString())
                .get("/api/v1/followups").then().statusCode(200).extract().path("items");
        figures.put("calls", calls.stream().filter(c -> !"OPEN".equals(c.get("status")) && !"NOT_ELIGIBLE".equals(c.get("status")))
                .map(c -> List.of(c.get("id"), c.get("status"), c.get("attemptCount"), c.get("relationship"),
                        String.valueOf(c.get("screening")))).toList());
        figures.put("callCount", calls.size());
        figures.put("answers", calls.stream().filter(c -> "COMPLETED".equals(c.get("status")))
                .map(c -> admin().get("/api/v1/followups/" + c.get("id")).then().extract().path("answers")).toList());
        return figures;
    }

    @Test
    void erasureReplacesNamesAndPhonesEverywhereAndKeepsEveryFigure() {
        PrivacyFixtures f = new PrivacyFixtures();
        String secondPhone = CustomerFixtures.mobile();
        CustomerFixtures.contact(f.customerId, CustomerFixtures.contactBody(secondPhone));
        UUID completed = f.call();
        Tokens.as(Roles.AGENT).body(Map.of("outcome", "COMPLETED", "durationSeconds", 300, "questionnaireVersion", 1,
                "answers", topAnswers())).post("/api/v1/followups/" + completed + "/attempts").then().statusCode(201);
        UUID open = f.call();
        String key = TestData.unique("idem");
        String handler = TestData.unique("handler");
        Map<String, Object> complaint = io.fieldback.complaint.ComplaintFixtures.body(f.customerId);
        complaint.put("contactPhone", f.phone);
        UUID complaintId = UUID.fromString(PrivacyFixtures.as(handler, Roles.HANDLER).header("Idempotency-Key", key).body(complaint)
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id"));
        Map<String, Object> before = figures(f.customerId);

        JsonPath erased = admin().body(REASON).post(erasure(f.customerId)).then().statusCode(200)
                .body("customerId", equalTo(f.customerId.toString())).body("reason", equalTo(REASON.get("reason")))
                .body("scrubbed.customers", equalTo(1)).body("scrubbed.contacts", equalTo(2))
                .body("scrubbed.followUps", equalTo(2)).body("scrubbed.complaints", equalTo(1))
                .extract().jsonPath();
        assertThat(erased.getInt("scrubbed.storedResponses")).isPositive();

        admin().get(f.customerPath()).then().body("name", equalTo(ERASED)).body("doNotCall", equalTo(true))
                .body("code", org.hamcrest.Matchers.notNullValue());
        admin().get(CustomerFixtures.contacts(f.customerId)).then().body("items", hasSize(2))
                .body("items.name", everyItem(equalTo(ERASED))).body("items.phone", everyItem(equalTo(ERASED)));
        admin().get("/api/v1/followups/" + completed).then().body("contact.name", equalTo(ERASED))
                .body("contact.phone", equalTo(ERASED)).body("status", equalTo("COMPLETED"));
        admin().get("/api/v1/complaints/" + complaintId).then().body("contactName", equalTo(ERASED))
                .body("contactPhone", equalTo(ERASED)).body("description", equalTo("发动机维修后再次冒黑烟"));
        // the numbers cannot be found any more, not even in a replayed answer
        admin().queryParam("phone", f.phone).get(CustomerFixtures.CUSTOMERS).then().body("items", hasSize(0));
        PrivacyFixtures.as(handler, Roles.HANDLER).header("Idempotency-Key", key).body(complaint)
                .post("/api/v1/complaints").then()
                .statusCode(201).body("id", equalTo(complaintId.toString())).body("contactName", equalTo(ERASED))
                .body("contactPhone", equalTo(ERASED));

        assertThat(figures(f.customerId)).isEqualTo(before);
        // the call still to be made will not be made
        admin().get("/api/v1/followups/" + open).then().body("status", equalTo("NOT_ELIGIBLE"))
                .body("ineligibleReason", equalTo("DO_NOT_CALL"));
    }

    @Test
    void anErasedCustomerIsNeverCalledAgain() {
        PrivacyFixtures f = new PrivacyFixtures();
        admin().body(REASON).post(erasure(f.customerId)).then().statusCode(200);
        String etag = admin().get(f.customerPath()).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(TestData.customer());
        body.put("dealerId", f.dealerId.toString());
        body.put("doNotCall", false);
        admin().header("If-Match", etag).body(body).put(f.customerPath()).then().statusCode(200)
                .body("doNotCall", equalTo(true));
        admin().get(f.customerPath()).then().body("doNotCall", equalTo(true));
        admin().body(Map.of("customerId", f.customerId.toString())).post("/api/v1/followups").then().statusCode(201)
                .body("status", equalTo("NOT_ELIGIBLE")).body("ineligibleReason", equalTo("DO_NOT_CALL"));
    }

    @Test
    void erasureIsIdempotentAndKeepsTheFirstReason() {
        PrivacyFixtures f = new PrivacyFixtures();
        String first = admin().body(REASON).post(erasure(f.customerId)).then().statusCode(200).extract()
                .path("erasedAt");
        admin().body(Map.of("reason", "again")).post(erasure(f.customerId)).then().statusCode(200)
                .body("erasedAt", equalTo(first)).body("reason", equalTo(REASON.get("reason")))
                .body("scrubbed.customers", equalTo(0)).body("scrubbed.contacts", equalTo(0));
        admin().get(f.customerPath()).then().body("name", equalTo(ERASED));
    }

    @Test
    void erasureIsAuditedWithoutTheErasedValues() {
        PrivacyFixtures f = new PrivacyFixtures();
        String admin = TestData.unique("admin");
        Instant before = Instant.now().minusSeconds(1);
        PrivacyFixtures.as(admin, Roles.ADMIN).body(REASON).post(erasure(f.customerId)).then().statusCode(200);
        List<Map<String, Object>> events = PrivacyFixtures.auditOf(admin);
        assertThat(events).extracting(e -> e.get("action")).containsExactly("ERASE", "ADMIN_ACTION");
        assertThat(events.get(0)).containsEntry("customerId", f.customerId.toString())
                .containsEntry("resourceId", f.customerId.toString());
        assertThat(Instant.parse((String) events.get(0).get("occurredAt"))).isAfter(before);
        assertThat(events.toString()).doesNotContain(f.phone).doesNotContain(PrivacyFixtures.CONTACT_NAME);
    }

    @Test
    void onlyAdminsEraseAKnownCustomerForAReason() {
        PrivacyFixtures f = new PrivacyFixtures();
        Tokens.as(Roles.HANDLER).body(REASON).post(erasure(f.customerId)).then().statusCode(403);
        Tokens.dealer(f.dealerId).body(REASON).post(erasure(f.customerId)).then().statusCode(403);
        admin().body(REASON).post(erasure(UUID.randomUUID())).then().statusCode(404)
                .contentType("application/problem+json");
        admin().body(Map.of("reason", " ")).post(erasure(f.customerId)).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        admin().get(f.customerPath()).then().body("name", equalTo(PrivacyFixtures.CUSTOMER_NAME));
    }
}
