package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input is a 4xx naming the field, and a refused write leaves nothing behind. */
@QuarkusTest
class VisitValidationTest {

    private VisitFixtures f;

    @BeforeEach
    void freshStationAndCustomer() {
        f = new VisitFixtures();
    }

    private void refused(Map<String, Object> body, String field) {
        UUID id = UuidV7.next();
        f.phone().body(body).put("/api/v1/visits/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        admin().get("/api/v1/visits/" + id).then().statusCode(404);
    }

    @Test
    void negativeLabourHoursAreRefused() {
        Map<String, Object> body = f.visit();
        body.put("labourHours", -1);
        refused(body, "labourHours");
    }

    @Test
    void aCostWithoutCurrencyIsRefused() {
        Map<String, Object> body = f.visit();
        body.put("cost", Map.of("amount", "100.00"));
        refused(body, "cost.currency");
    }

    @Test
    void aPartWithANegativeQuantityIsRefused() {
        Map<String, Object> body = f.visit();
        body.put("parts", List.of(Map.of("partNumber", "FL-1", "quantity", -2, "billing", "PAID")));
        refused(body, "parts[0].quantity");
    }

    @Test
    void aMeterReadingNeedsItsUnit() {
        Map<String, Object> body = f.visit();
        body.put("meterReading", 1000);
        refused(body, "meterComplete");
    }

    @Test
    void aRequestTimeInTheFutureIsRefused() {
        Map<String, Object> body = f.visit();
        body.put("requestedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        refused(body, "requestedAt");
    }

    @Test
    void equipmentOfAnotherCustomerIsRefused() {
        Map<String, Object> body = f.visit();
        body.put("equipmentId", VisitFixtures.equipment(io.fieldback.support.TestData.customer(null)).toString());
        refused(body, "equipmentId");
    }

    @Test
    void anUnknownCustomerIsRefused() {
        Map<String, Object> body = f.visit();
        body.put("customerId", UUID.randomUUID().toString());
        refused(body, "customerId");
    }

    @Test
    void eventsFromTheFutureAreRefused() {
        UUID visit = f.createVisit();
        f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, Instant.now().plus(1, ChronoUnit.HOURS)))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
        admin().get("/api/v1/visits/" + visit + "/events").then().body("$", hasSize(0));
    }

    @Test
    void aCompletionWithoutOutcomeIsRefused() {
        UUID visit = f.createVisit();
        Map<String, Object> event = VisitFixtures.event(VisitEventType.COMPLETED, Instant.now());
        event.remove("outcome");
        f.phone().body(event).post("/api/v1/visits/" + visit + "/events").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        admin().get("/api/v1/visits/" + visit).then().body("status", equalTo("REQUESTED"));
    }

    @Test
    void aPartEventNeedsAPositiveQuantity() {
        UUID visit = f.createVisit();
        Map<String, Object> event = VisitFixtures.event(VisitEventType.PART_USED, Instant.now());
        event.put("quantity", 0);
        f.phone().body(event).post("/api/v1/visits/" + visit + "/events").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void dispatchIsNotAPhoneEvent() {
        UUID visit = f.createVisit();
        f.phone().body(VisitFixtures.event(VisitEventType.DISPATCHED, Instant.now()))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void eventsForAnUnknownVisitAre404() {
        f.phone().body(VisitFixtures.event(VisitEventType.NOTE, Instant.now()))
                .post("/api/v1/visits/" + UuidV7.next() + "/events").then().statusCode(404);
    }

    @Test
    void unknownEventTypesAreRefusedListingTheKnownOnes() {
        UUID visit = f.createVisit();
        Map<String, Object> event = VisitFixtures.event(VisitEventType.NOTE, Instant.now());
        event.put("type", "EXPLODED");
        f.phone().body(event).post("/api/v1/visits/" + visit + "/events").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }
}
