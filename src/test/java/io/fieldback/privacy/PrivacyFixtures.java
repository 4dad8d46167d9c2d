package io.fieldback.privacy;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.UuidV7;
import io.fieldback.customer.CustomerFixtures;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A dealer with a station, a customer of that dealer with a preferred contact and a visit at the
 * station: the records whose personal data the privacy tests look at. Fresh for every test.
 */
final class PrivacyFixtures {

    static final String CUSTOMER_NAME = "江苏宏运物流有限公司";
    static final String CONTACT_NAME = "李师傅";
    static final String AUDIT = "/api/v1/audit-events";

    final UUID dealerId = TestData.dealer();
    final UUID stationId = TestData.station(dealerId);
    final UUID customerId = TestData.customer(dealerId);
    final String phone = CustomerFixtures.mobile();
    final UUID contactId;
    final UUID visitId;

    PrivacyFixtures() {
        Map<String, Object> contact = CustomerFixtures.contactBody(phone);
        contact.put("preferred", true);
        contactId = CustomerFixtures.contact(customerId, contact);
        visitId = UuidV7.next();
        admin().body(Map.of("customerId", customerId.toString(), "stationId", stationId.toString(), "type",
                "MAINTENANCE")).put("/api/v1/visits/" + visitId).then().statusCode(201);
    }

    String customerPath() {
        return CustomerFixtures.CUSTOMERS + "/" + customerId;
    }

    String contactPath() {
        return CustomerFixtures.contacts(customerId) + "/" + contactId;
    }

    /** The phone as masked views show it: +86139****5678. */
    String maskedPhone() {
        return phone.substring(0, phone.length() - 8) + "****" + phone.substring(phone.length() - 4);
    }

    /** A follow-up call to the customer made by hand (admin), due in an hour. */
    UUID call() {
        return UUID.fromString(admin().body(Map.of("customerId", customerId.toString(), "dueAt",
                Instant.now().plusSeconds(3600).toString())).post("/api/v1/followups").then().statusCode(201)
                .extract().path("id"));
    }

    /** A complaint about the customer with a contact name and phone (handler). */
    UUID complaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId.toString());
        body.put("channel", "HOTLINE");
        body.put("category", "PRODUCT_QUALITY");
        body.put("severity", "NORMAL");
        body.put("description", "发动机维修后再次冒黑烟");
        body.put("contactName", "张三丰");
        body.put("contactPhone", phone);
        return UUID.fromString(Tokens.as(Roles.HANDLER).body(body).post("/api/v1/complaints").then().statusCode(201)
                .extract().path("id"));
    }

    /** A caller with a sign-in name of its own, to find its audit events by subject. */
    static RequestSpecification as(String subject, String role) {
        return as(subject, role, null, null);
    }

    static RequestSpecification as(String subject, String role, String scope, UUID scopeId) {
        return RestAssured.given().auth().oauth2(Tokens.token(subject, role, scope, scopeId))
                .contentType("application/json");
    }

    static RequestSpecification stationManager(UUID stationId) {
        return as(TestData.unique("sm"), Roles.STATION_MANAGER, Scope.STATION, stationId);
    }

    /** The audit events of one caller, oldest first. */
    static List<Map<String, Object>> auditOf(String subject) {
        return admin().queryParam("subject", subject).queryParam("limit", 500).get(AUDIT).then().statusCode(200)
                .extract().path("items");
    }

    static JsonPath audit(Map<String, ?> filters) {
        RequestSpecification request = admin().queryParam("limit", 500);
        filters.forEach(request::queryParam);
        return request.get(AUDIT).then().statusCode(200).extract().jsonPath();
    }
}
