package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.COMPLAINTS;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.customer;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.customer.CustomerFixtures;
import io.fieldback.security.Roles;
import io.fieldback.station.StationFixtures;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ComplaintIntakeTest {

    @Test
    void intakeAnswers201WithLocationETagClocksAndTheFirstStep() {
        Instant received = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = body(customer());
        body.put("receivedAt", received.toString());
        Response response = handler().body(body).post(COMPLAINTS);
        response.then().statusCode(201)
                .header("Location", containsString(COMPLAINTS + "/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("RECEIVED"))
                .body("channel", equalTo("HOTLINE"))
                .body("receivedAt", equalTo(received.toString()))
                .body("allowedTransitions", contains("CONTACTED"))
                .body("clocks.clock", contains("FIRST_CONTACT", "REPLY", "CORRECTIVE_REPORT"))
                .body("clocks.status", contains("RUNNING", "RUNNING", "RUNNING"))
                .body("clocks[0].dueAt", equalTo(received.plus(Duration.ofHours(12)).toString()))
                .body("clocks[1].dueAt", equalTo(received.plus(Duration.ofHours(48)).toString()))
                .body("clocks[2].dueAt", equalTo(received.plus(Duration.ofDays(3)).toString()))
                .body("history.to", contains("RECEIVED"))
                .body("history[0].by", notNullValue())
                .body("history[0].at", equalTo(received.toString()))
                .body("duplicateOf", nullValue());
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith(id);
        handler().get(COMPLAINTS + "/" + id).then().statusCode(200).body("description", equalTo("发动机维修后再次冒黑烟"));
    }

    @Test
    void receiptTimeDefaultsToNow() {
        Instant before = Instant.now().minusSeconds(1);
        String received = handler().body(body(customer())).post(COMPLAINTS).then().statusCode(201).extract()
                .path("receivedAt");
        assertThat(Instant.parse(received)).isAfter(before).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void receiptTimeInTheFutureIsRejected() {
        Map<String, Object> body = body(customer());
        body.put("receivedAt", Instant.now().plus(Duration.ofHours(1)).toString());
        assertInvalid(handler().body(body).post(COMPLAINTS), "receivedAt");
    }

    @Test
    void requiredFieldsAreNamed() {
        for (String field : new String[] { "customerId", "category", "severity", "description", "channel" }) {
            Map<String, Object> body = body(customer());
            body.remove(field);
            assertInvalid(handler().body(body).post(COMPLAINTS), field);
        }
    }

    @Test
    void unknownCategoryListsTheAllowedOnes() {
        Map<String, Object> body = body(customer());
        body.put("category", "WEATHER");
        assertInvalid(handler().body(body).post(COMPLAINTS), "category")
                .body("errors[0].message", containsString("PRODUCT_QUALITY"));
    }

    @Test
    void badPhoneAndOverlongDescriptionAreRejected() {
        Map<String, Object> body = body(customer());
        body.put("contactPhone", "13812345678");
        assertInvalid(handler().body(body).post(COMPLAINTS), "contactPhone");
        body = body(customer());
        body.put("description", "坏".repeat(4001));
        assertInvalid(handler().body(body).post(COMPLAINTS), "description");
    }

    @Test
    void unknownCustomerIsRejected() {
        assertInvalid(handler().body(body(UUID.randomUUID())).post(COMPLAINTS), "customerId");
    }

    @Test
    void equipmentMustBeTheCustomers() {
        UUID customer = customer();
        UUID other = customer();
        UUID foreign = CustomerFixtures.equipment(other, CustomerFixtures.equipmentBody(CustomerFixtures.serial()));
        Map<String, Object> body = body(customer);
        body.put("equipmentId", foreign.toString());
        assertInvalid(handler().body(body).post(COMPLAINTS), "equipmentId");
        UUID own = CustomerFixtures.equipment(customer, CustomerFixtures.equipmentBody(CustomerFixtures.serial()));
        body.put("equipmentId", own.toString());
        handler().body(body).post(COMPLAINTS).then().statusCode(201).body("equipmentId", equalTo(own.toString()));
    }

    @Test
    void unknownDepartmentIsRejectedAndAKnownOneKept() {
        Map<String, Object> body = body(customer());
        body.put("departmentCode", "NO-SUCH-DEPT");
        assertInvalid(handler().body(body).post(COMPLAINTS), "departmentCode");
        String code = ComplaintFixtures.department();
        body.put("departmentCode", code);
        handler().body(body).post(COMPLAINTS).then().statusCode(201).body("departmentCode", equalTo(code));
    }

    @Test
    void sameCustomerAndVisitWithinTheWindowIsLinkedNotMerged() {
        UUID customer = customer();
        UUID visit = UUID.randomUUID();
        Instant first = Instant.now().minus(Duration.ofHours(80));
        UUID original = create(withVisit(customer, visit, first));
        UUID repeat = create(withVisit(customer, visit, first.plus(Duration.ofHours(71))));
        UUID repeatOfRepeat = create(withVisit(customer, visit, first.plus(Duration.ofHours(79))));
        handler().get(path(repeat)).then().body("duplicateOf", equalTo(original.toString()))
                .body("status", equalTo("RECEIVED"));
        handler().get(path(repeatOfRepeat)).then().body("duplicateOf", equalTo(original.toString()));
        handler().get(path(original)).then().body("duplicateOf", nullValue());
    }

    @Test
    void outsideTheWindowOrAboutAnotherVisitIsNoDuplicate() {
        UUID customer = customer();
        UUID visit = UUID.randomUUID();
        Instant first = Instant.now().minus(Duration.ofDays(10));
        create(withVisit(customer, visit, first));
        UUID later = create(withVisit(customer, visit, first.plus(Duration.ofHours(73))));
        UUID otherVisit = create(withVisit(customer, UUID.randomUUID(), first.plus(Duration.ofHours(1))));
        UUID noVisit = create(body(customer));
        for (UUID id : new UUID[] { later, otherVisit, noVisit }) {
            handler().get(path(id)).then().body("duplicateOf", nullValue());
        }
    }

    @Test
    void reportsOfOneVisitArrivingAtOnceHaveExactlyOneOriginal() {
        Map<String, Object> body = withVisit(customer(), UUID.randomUUID(), Instant.now().minusSeconds(60));
        List<Integer> statuses = StationFixtures.concurrently(4, () -> handler().body(body).post(COMPLAINTS));
        assertThat(statuses).containsOnly(201);
        List<String> ids = handler().queryParam("customerId", body.get("customerId")).get(COMPLAINTS).path("items.id");
        List<String> duplicateOf = handler().queryParam("customerId", body.get("customerId")).get(COMPLAINTS)
                .path("items.duplicateOf");
        assertThat(ids).hasSize(4);
        assertThat(duplicateOf).filteredOn(java.util.Objects::isNull).hasSize(1);
        String original = ids.get(duplicateOf.indexOf(null));
        assertThat(duplicateOf).filteredOn(java.util.Objects::nonNull).containsOnly(original);
    }

    @Test
    void aKnownVisitMustBeTheCustomers() {
        UUID customer = customer();
        UUID othersVisit = ComplaintFixtures.visit(customer(), TestData.dealer());
        Map<String, Object> body = withVisit(customer, othersVisit, Instant.now());
        assertInvalid(handler().body(body).post(COMPLAINTS), "visitId");
        body.put("visitId", ComplaintFixtures.visit(customer, TestData.dealer()).toString());
        handler().body(body).post(COMPLAINTS).then().statusCode(201);
    }

    @Test
    void idempotencyKeyReplaysTheFirstIntake() {
        String token = Tokens.token(Roles.HANDLER, null, null);
        Map<String, Object> body = body(customer());
        String key = UUID.randomUUID().toString();
        String first = StationFixtures.with(token).header("Idempotency-Key", key).body(body).post(COMPLAINTS)
                .then().statusCode(201).extract().path("id");
        StationFixtures.with(token).header("Idempotency-Key", key).body(body).post(COMPLAINTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("severity", "NORMAL");
        assertProblem(StationFixtures.with(token).header("Idempotency-Key", key).body(body).post(COMPLAINTS), 422);
    }

    @Test
    void rolesOutsideIntakeAreRefused() {
        assertProblem(Tokens.as(Roles.ANALYST).body(body(customer())).post(COMPLAINTS), 403);
        assertProblem(Tokens.as(Roles.VENDOR).body(body(customer())).post(COMPLAINTS), 403);
        assertProblem(StationFixtures.anonymous().body(body(customer())).post(COMPLAINTS), 401);
    }

    @Test
    void agentsTakeInComplaintsFromFollowUpCalls() {
        Map<String, Object> body = body(customer());
        body.put("channel", "FOLLOW_UP");
        String call = "call-" + UUID.randomUUID();
        body.put("sourceReference", call);
        Tokens.as(Roles.AGENT).body(body).post(COMPLAINTS).then().statusCode(201)
                .body("channel", equalTo("FOLLOW_UP")).body("sourceReference", equalTo(call));
    }

    private static Map<String, Object> withVisit(UUID customer, UUID visit, Instant received) {
        Map<String, Object> body = body(customer);
        body.put("visitId", visit.toString());
        body.put("receivedAt", received.toString());
        return body;
    }
}
