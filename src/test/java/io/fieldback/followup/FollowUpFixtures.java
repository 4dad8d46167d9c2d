package io.fieldback.followup;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.UuidV7;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * A station with a technician, and helpers to make customers ready (or not) to be called, complete
 * their visits through the phone API and find the resulting calls. Fresh records for every test.
 */
final class FollowUpFixtures {

    static final String FOLLOWUPS = "/api/v1/followups";
    /** The seeded standard questionnaire. Tests name it: other tests create newer versions. */
    static final int STANDARD = 1;
    /** A delivery date long past every milestone. */
    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    final UUID dealerId = TestData.dealer();
    final UUID stationId = TestData.station(dealerId);
    final UUID technicianId = technician(stationId);

    static UUID technician(UUID stationId) {
        return UUID.fromString(admin().body(Map.of("stationId", stationId.toString(), "name", "王建国",
                "phone", "+8613812345678", "productLines", List.of("heavy-duty-diesel")))
                .post("/api/v1/technicians").then().statusCode(201).extract().path("id"));
    }

    static UUID customer(String relationship, boolean doNotCall) {
        Map<String, Object> body = new HashMap<>(TestData.customer());
        body.put("relationship", relationship);
        body.put("doNotCall", doNotCall);
        return UUID.fromString(admin().body(body).post("/api/v1/customers").then().statusCode(201).extract().path("id"));
    }

    /** A contact without a call window unless both ends are given. */
    static UUID contact(UUID customerId, String phone, String windowStart, String windowEnd, boolean preferred) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "李师傅");
        body.put("role", "DRIVER");
        body.put("phone", phone);
        body.put("preferred", preferred);
        if (windowStart != null) {
            body.put("callWindowStart", windowStart);
            body.put("callWindowEnd", windowEnd);
        }
        return UUID.fromString(admin().body(body).post("/api/v1/customers/" + customerId + "/contacts").then()
                .statusCode(201).extract().path("id"));
    }

    static String mobile() {
        return io.fieldback.customer.CustomerFixtures.mobile();
    }

    static UUID equipment(UUID customerId, String series, LocalDate deliveredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("serialNumber", TestData.unique("SN").toUpperCase());
        body.put("productSeries", series);
        body.put("application", "TRUCK");
        if (deliveredOn != null) {
            body.put("deliveryDate", deliveredOn.toString());
        }
        return UUID.fromString(admin().body(body).post("/api/v1/customers/" + customerId + "/equipment").then()
                .statusCode(201).extract().path("id"));
    }

    /** A customer who may be called: a preferred contact, equipment delivered long ago. */
    static Callable callable(String relationship) {
        UUID customer = customer(relationship, false);
        String phone = mobile();
        UUID contact = contact(customer, phone, null, null, true);
        return new Callable(customer, contact, phone, equipment(customer, "YC6K", LONG_AGO));
    }

    record Callable(UUID customerId, UUID contactId, String phone, UUID equipmentId) {
    }

    /** A visit of the customer, completed through the technician's phone at the given time. */
    UUID completedVisit(UUID customerId, UUID equipmentId, Instant completedAt) {
        UUID id = UuidV7.next();
        Map<String, Object> visit = new HashMap<>();
        visit.put("customerId", customerId.toString());
        if (equipmentId != null) {
            visit.put("equipmentId", equipmentId.toString());
        }
        visit.put("stationId", stationId.toString());
        visit.put("type", "MAINTENANCE");
        visit.put("requestedAt", completedAt.minus(3, ChronoUnit.HOURS).toString());
        phone().body(visit).put("/api/v1/visits/" + id).then().statusCode(201);
        phone().body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt", completedAt.toString(),
                "outcome", "FIXED")).post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        return id;
    }

    private RequestSpecification phone() {
        String token = Jwt.issuer("https://fieldback.dev").subject("tech-" + technicianId).groups(Roles.TECHNICIAN)
                .claim(Scope.STATION, stationId.toString()).claim(Scope.TECHNICIAN, technicianId.toString())
                .expiresIn(3600).sign();
        return RestAssured.given().auth().oauth2(token).contentType("application/json");
    }

    /** The calls of a visit, as an admin sees them (normally exactly one). */
    static List<Map<String, Object>> callsOfVisit(UUID visitId) {
        return admin().queryParam("visitId", visitId.toString()).get(FOLLOWUPS).then().statusCode(200).extract()
                .path("items");
    }

    /** The one call of a visit. */
    static JsonPath callOfVisit(UUID visitId) {
        List<Map<String, Object>> calls = callsOfVisit(visitId);
        assertThat(calls).as("calls of visit %s", visitId).hasSize(1);
        return call(UUID.fromString((String) calls.get(0).get("id")));
    }

    static JsonPath call(UUID id) {
        return admin().get(FOLLOWUPS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** A call created by hand, due at the given time (admin). */
    static UUID manualCall(UUID customerId, UUID equipmentId, Instant dueAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId.toString());
        if (equipmentId != null) {
            body.put("equipmentId", equipmentId.toString());
        }
        body.put("dueAt", dueAt.toString());
        return UUID.fromString(admin().body(body).post(FOLLOWUPS).then().statusCode(201).extract().path("id"));
    }

    /** An agent with a stable sign-in name, so several requests come from the same person. */
    static RequestSpecification agent(String name) {
        return RestAssured.given().auth().oauth2(Tokens.token(name, Roles.AGENT, null, null))
                .contentType("application/json");
    }

    /** An agent nobody has seen before. */
    static RequestSpecification anyAgent() {
        return agent(TestData.unique("agent"));
    }

    static RequestSpecification as(String role) {
        return Tokens.as(role);
    }

    /** The standard questionnaire's answers, every one at the top mark. */
    static List<Map<String, Object>> topAnswers() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String dimension : List.of("quality", "attitude", "speed", "proactive")) {
            answers.add(answer(dimension + "_satisfied", true));
            answers.add(answer(dimension + "_score", 5));
        }
        return answers;
    }

    /** The top answers with one item's value replaced (or added). */
    static List<Map<String, Object>> topAnswersWith(String item, Object value) {
        List<Map<String, Object>> answers = new ArrayList<>(topAnswers().stream()
                .filter(a -> !a.get("item").equals(item)).toList());
        answers.add(answer(item, value));
        return answers;
    }

    static Map<String, Object> answer(String item, Object value) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("item", item);
        answer.put("value", value);
        return answer;
    }

    static Map<String, Object> completed(int durationSeconds, List<Map<String, Object>> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "COMPLETED");
        body.put("durationSeconds", durationSeconds);
        body.put("questionnaireVersion", STANDARD);
        body.put("answers", answers);
        return body;
    }

    static Map<String, Object> attempt(String outcome, Instant startedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("durationSeconds", 30);
        if (startedAt != null) {
            body.put("startedAt", startedAt.toString());
        }
        return body;
    }

    static String attempts(UUID callId) {
        return FOLLOWUPS + "/" + callId + "/attempts";
    }

    /** A call due now that the caller can record attempts on. */
    static UUID openCall() {
        Callable c = callable("END_USER");
        return manualCall(c.customerId(), c.equipmentId(), Instant.now().minusSeconds(60));
    }
}
