package io.fieldback.complaint;

import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.DomainEvent;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Complaints, departments and workflow steps for the complaint tests, made through the API. */
public final class ComplaintFixtures {

    public static final String COMPLAINTS = "/api/v1/complaints";
    public static final String DEPARTMENTS = "/api/v1/departments";

    private ComplaintFixtures() {
    }

    public static RequestSpecification handler() {
        return Tokens.as(Roles.HANDLER);
    }

    public static TimeSource time() {
        return Arc.container().instance(TimeSource.class).get();
    }

    /** Moves the application's clock by this much from where it is now. */
    public static void advance(Duration by) {
        time().use(Clock.offset(time().clock(), by));
    }

    /** Stops the application's clock at this instant. */
    public static void at(Instant instant) {
        time().use(Clock.fixed(instant, ZoneOffset.UTC));
    }

    public static Map<String, Object> body(UUID customerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId.toString());
        body.put("channel", "HOTLINE");
        body.put("category", "PRODUCT_QUALITY");
        body.put("severity", "URGENT");
        body.put("description", "发动机维修后再次冒黑烟");
        body.put("contactName", "张师傅");
        body.put("contactPhone", "+8613812345678");
        return body;
    }

    public static UUID customer() {
        return TestData.customer(null);
    }

    /** A visit made by a station of this dealer for this customer. */
    public static UUID visit(UUID customerId, UUID dealerId) {
        UUID id = UuidV7.next();
        admin().body(Map.of("customerId", customerId.toString(), "stationId", TestData.station(dealerId).toString(),
                "type", "WARRANTY_REPAIR", "faultReported", "发动机冒黑烟")).put("/api/v1/visits/" + id).then()
                .statusCode(201);
        return id;
    }

    public static UUID create(Map<String, Object> body) {
        return UUID.fromString(handler().body(body).post(COMPLAINTS).then().statusCode(201).extract().path("id"));
    }

    /** A new urgent complaint about a new customer. */
    public static UUID complaint() {
        return create(body(customer()));
    }

    public static UUID complaint(String severity) {
        Map<String, Object> body = body(customer());
        body.put("severity", severity);
        return create(body);
    }

    public static String path(UUID id) {
        return COMPLAINTS + "/" + id;
    }

    public static String etag(UUID id) {
        return handler().get(path(id)).then().statusCode(200).extract().header("ETag");
    }

    public static Response transition(UUID id, String to) {
        return handler().body(Map.of("to", to, "note", "step to " + to)).post(path(id) + "/transitions");
    }

    public static void step(UUID id, String... statuses) {
        for (String to : statuses) {
            transition(id, to).then().statusCode(200).body("status", equalTo(to));
        }
    }

    /** A department with its own code and supervisor; returns the code. */
    public static String department() {
        String code = TestData.unique("QA").toUpperCase();
        admin().body(departmentBody(code)).post(DEPARTMENTS).then().statusCode(201);
        return code;
    }

    public static Map<String, Object> departmentBody(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "发动机质量部");
        body.put("supervisorName", "陈志强");
        body.put("supervisorContact", "+8613900001111");
        return body;
    }

    public static Map<String, Object> countermeasure(String action, String owner, String dueDate) {
        Map<String, Object> measure = new HashMap<>();
        measure.put("action", action);
        measure.put("owner", owner);
        measure.put("dueDate", dueDate);
        return measure;
    }

    /** A complete investigation: it stops the corrective-report clock. */
    public static Map<String, Object> investigation(String departmentCode, String origin) {
        String due = LocalDate.now(time().clock()).plusDays(30).toString();
        Map<String, Object> body = new HashMap<>();
        body.put("rootCause", "喷油器密封圈老化");
        body.put("departmentCode", departmentCode);
        body.put("faultOrigin", origin);
        body.put("temporaryCountermeasure", countermeasure("更换喷油器", "王建国", due));
        body.put("permanentCountermeasure", countermeasure("更换密封圈材料", "李敏", due));
        return body;
    }

    public static Response investigate(UUID id, Map<String, Object> investigation) {
        return handler().header("If-Match", etag(id)).body(investigation).put(path(id) + "/investigation");
    }

    public static void investigate(UUID id, String origin) {
        investigate(id, investigation(department(), origin)).then().statusCode(200);
    }

    /** From RECEIVED to REMEDY_DONE, at the application's current time. */
    public static void toRemedyDone(UUID id) {
        step(id, "CONTACTED", "INVESTIGATING");
        investigate(id, "IN_HOUSE");
        step(id, "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED", "REMEDY_DONE");
    }

    /** From RECEIVED to CLOSED, moving the clock past the verification period. */
    public static void toClosed(UUID id) {
        toRemedyDone(id);
        advance(Duration.ofDays(31));
        step(id, "VERIFIED", "CLOSED");
    }

    /** The domain events recorded about an aggregate under a topic. */
    public static List<DomainEvent> events(String topic, UUID aggregateId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DomainEvent.<DomainEvent>list("topic = ?1 and aggregateId = ?2 order by id", topic,
                        aggregateId));
    }
}
