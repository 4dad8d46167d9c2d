package io.fieldback.privacy;

import static io.fieldback.privacy.PrivacyFixtures.AUDIT;
import static io.fieldback.privacy.PrivacyFixtures.auditOf;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.customer.CustomerFixtures;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** What the audit log records: reads of personal data in clear, its changes, and every admin action. */
@QuarkusTest
class AuditLogTest {

    @Test
    void aReadInClearRecordsWhoWhatWhenAndFromWhere() {
        PrivacyFixtures f = new PrivacyFixtures();
        String agent = TestData.unique("agent");
        Instant before = Instant.now().minusSeconds(1);
        PrivacyFixtures.as(agent, Roles.AGENT).header("X-Request-Id", "req-" + agent)
                .header("X-Forwarded-For", "203.0.113.9").get(f.contactPath()).then().statusCode(200);
        List<Map<String, Object>> events = auditOf(agent);
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.get(0);
        assertThat(event).containsEntry("subject", agent).containsEntry("roles", List.of(Roles.AGENT))
                .containsEntry("action", "READ").containsEntry("resourceType", "contact")
                .containsEntry("resourceId", f.contactId.toString()).containsEntry("customerId", f.customerId.toString())
                .containsEntry("fields", List.of("name", "phone")).containsEntry("method", "GET")
                .containsEntry("path", f.contactPath()).containsEntry("requestId", "req-" + agent);
        assertThat(Instant.parse((String) event.get("occurredAt"))).isAfter(before);
        // no proxy is trusted here: the header a client sends is not what is recorded
        assertThat((String) event.get("clientIp")).isNotBlank().isNotEqualTo("203.0.113.9");
    }

    @Test
    void aListReadInClearRecordsEveryRecordShown() {
        PrivacyFixtures f = new PrivacyFixtures();
        CustomerFixtures.contact(f.customerId, CustomerFixtures.contactBody(CustomerFixtures.mobile()));
        String agent = TestData.unique("agent");
        PrivacyFixtures.as(agent, Roles.AGENT).get(CustomerFixtures.contacts(f.customerId)).then().statusCode(200)
                .body("items", hasSize(2));
        assertThat(auditOf(agent)).extracting(e -> e.get("resourceType"), e -> e.get("customerId"))
                .containsOnly(org.assertj.core.groups.Tuple.tuple("contact", f.customerId.toString())).hasSize(2);
    }

    @Test
    void maskedReadsAreNotPersonalDataReadsAndLeaveNoEvent() {
        PrivacyFixtures f = new PrivacyFixtures();
        String analyst = TestData.unique("analyst");
        PrivacyFixtures.as(analyst, Roles.ANALYST).get(f.contactPath()).then().statusCode(200);
        PrivacyFixtures.as(analyst, Roles.ANALYST).get(f.customerPath()).then().statusCode(200);
        assertThat(auditOf(analyst)).isEmpty();
    }

    @Test
    void changesOfPersonalDataNameTheFieldsButNeverTheValues() {
        PrivacyFixtures f = new PrivacyFixtures();
        String handler = TestData.unique("handler");
        String newPhone = CustomerFixtures.mobile();
        Map<String, Object> body = CustomerFixtures.contactBody(newPhone);
        body.put("preferred", true);
        PrivacyFixtures.as(handler, Roles.HANDLER).header("If-Match", "\"0\"").body(body).put(f.contactPath()).then()
                .statusCode(200).body("phone", equalTo(newPhone));
        List<Map<String, Object>> events = auditOf(handler);
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("action", "UPDATE").containsEntry("resourceType", "contact")
                .containsEntry("resourceId", f.contactId.toString()).containsEntry("fields", List.of("phone"));
        assertThat(events.toString()).doesNotContain(newPhone).doesNotContain(f.phone);
    }

    @Test
    void aChangeThatFailsLeavesNoChangeEvent() {
        PrivacyFixtures f = new PrivacyFixtures();
        String handler = TestData.unique("handler");
        PrivacyFixtures.as(handler, Roles.HANDLER).header("If-Match", "\"7\"")
                .body(CustomerFixtures.contactBody(CustomerFixtures.mobile())).put(f.contactPath()).then()
                .statusCode(412);
        assertThat(auditOf(handler)).isEmpty();
    }

    @Test
    void everyAdminActionIsRecordedWithItsOutcome() {
        String admin = TestData.unique("admin");
        UUID dealer = UUID.fromString(PrivacyFixtures.as(admin, Roles.ADMIN)
                .body(Map.of("code", TestData.unique("DLR"), "name", "审计经销商")).post("/api/v1/dealers").then()
                .statusCode(201).extract().path("id"));
        PrivacyFixtures.as(admin, Roles.ADMIN).body(Map.of("code", "")).post("/api/v1/dealers").then().statusCode(400);
        PrivacyFixtures.as(admin, Roles.ADMIN).delete("/api/v1/dealers/" + dealer).then().statusCode(204);
        PrivacyFixtures.as(admin, Roles.ADMIN).get("/api/v1/dealers/" + dealer).then().statusCode(200);
        List<Map<String, Object>> events = auditOf(admin);
        assertThat(events).extracting(e -> e.get("action"), e -> e.get("method"), e -> e.get("status"),
                e -> e.get("resourceType"), e -> e.get("resourceId")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ADMIN_ACTION", "POST", 201, "dealers", dealer.toString()),
                        org.assertj.core.groups.Tuple.tuple("ADMIN_ACTION", "POST", 400, "dealers", null),
                        org.assertj.core.groups.Tuple.tuple("ADMIN_ACTION", "DELETE", 204, "dealers", dealer.toString()));
    }

    @Test
    void anAdminsChangeOfPersonalDataIsBothAChangeAndAnAdminAction() {
        String admin = TestData.unique("admin");
        UUID customer = UUID.fromString(PrivacyFixtures.as(admin, Roles.ADMIN).body(TestData.customer())
                .post("/api/v1/customers").then().statusCode(201).extract().path("id"));
        assertThat(auditOf(admin)).extracting(e -> e.get("action"), e -> e.get("resourceId"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE", customer.toString()),
                        org.assertj.core.groups.Tuple.tuple("ADMIN_ACTION", customer.toString()));
    }

    @Test
    void nonAdminWritesThatTouchNoPersonalDataAreNotRecorded() {
        String dealerSubject = TestData.unique("dealer");
        UUID dealer = TestData.dealer();
        PrivacyFixtures.as(dealerSubject, Roles.DEALER, io.fieldback.security.Scope.DEALER, dealer)
                .body(TestData.station(dealer, 31.0, 121.0)).post("/api/v1/stations");
        assertThat(auditOf(dealerSubject)).isEmpty();
    }

    @Test
    void theLogFiltersByResourceCustomerActionAndTimeAndIsKeysetPaged() {
        PrivacyFixtures f = new PrivacyFixtures();
        String agent = TestData.unique("agent");
        Instant start = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            PrivacyFixtures.as(agent, Roles.AGENT).get(f.customerPath()).then().statusCode(200);
        }
        Map<String, Object> filters = Map.of("subject", agent, "resourceId", f.customerId.toString(), "action",
                "READ", "resourceType", "customer", "from", start.toString(), "to",
                Instant.now().plusSeconds(60).toString());
        var page1 = admin().queryParams(filters).queryParam("limit", 2).get(AUDIT).then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")).body("items", hasSize(2))
                .body("nextCursor", notNullValue()).extract().jsonPath();
        admin().queryParams(filters).queryParam("limit", 2).queryParam("cursor", page1.getString("nextCursor"))
                .get(AUDIT).then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        admin().queryParam("customerId", f.customerId.toString()).queryParam("subject", agent).get(AUDIT).then()
                .body("items", hasSize(3));
        admin().queryParam("subject", agent).queryParam("to", start.toString()).get(AUDIT).then()
                .body("items", hasSize(0));
        admin().queryParam("action", "PEEKED").get(AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
        admin().queryParam("from", start.toString()).queryParam("to", start.toString()).get(AUDIT).then()
                .statusCode(400);
    }

    @Test
    void onlyAdminsReadTheLog() {
        for (String role : Roles.ALL) {
            if (!role.equals(Roles.ADMIN)) {
                Tokens.as(role).get(AUDIT).then().statusCode(403).contentType("application/problem+json");
            }
        }
        Tokens.dealer(TestData.dealer()).get(AUDIT).then().statusCode(403);
        io.restassured.RestAssured.given().get(AUDIT).then().statusCode(401);
        String key = admin().body(Map.of("name", "DMS", "role", "DEALER", "dealerId", TestData.dealer().toString()))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        io.restassured.RestAssured.given().header("X-API-Key", key).get(AUDIT).then().statusCode(403);
    }
}
