package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.COMPLAINTS;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.customer;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.station.StationFixtures.idsByLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplaintListTest {

    private static UUID complaint(UUID customer, String category, String severity) {
        Map<String, Object> body = body(customer);
        body.put("category", category);
        body.put("severity", severity);
        return create(body);
    }

    @Test
    void aCustomersComplaintsArePagedInCreationOrderByCursorAndLink() {
        UUID customer = customer();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(complaint(customer, "PARTS", "NORMAL").toString());
        }
        Map<String, Object> query = Map.of("customerId", customer.toString());
        assertThat(idsByCursor(ComplaintFixtures::handler, COMPLAINTS, query, 3)).containsExactlyElementsOf(created);
        assertThat(idsByLink(ComplaintFixtures::handler, COMPLAINTS, query, 2)).containsExactlyElementsOf(created);
    }

    @Test
    void summariesCarryStatusAndClocks() {
        UUID customer = customer();
        UUID id = complaint(customer, "PRICE", "URGENT");
        handler().queryParam("customerId", customer).get(COMPLAINTS).then().statusCode(200)
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0].status", equalTo("RECEIVED"))
                .body("items[0].category", equalTo("PRICE"))
                .body("items[0].overdue", equalTo(false))
                .body("items[0].clocks.clock", contains("FIRST_CONTACT", "REPLY", "CORRECTIVE_REPORT"));
    }

    @Test
    void filtersNarrowTheList() {
        UUID customer = customer();
        UUID partsUrgent = complaint(customer, "PARTS", "URGENT");
        UUID partsNormal = complaint(customer, "PARTS", "NORMAL");
        UUID priceUrgent = complaint(customer, "PRICE", "URGENT");
        step(priceUrgent, "CONTACTED");
        assertThat(ids(Map.of("customerId", customer, "category", "PARTS")))
                .containsExactly(partsUrgent.toString(), partsNormal.toString());
        assertThat(ids(Map.of("customerId", customer, "severity", "URGENT")))
                .containsExactly(partsUrgent.toString(), priceUrgent.toString());
        assertThat(ids(Map.of("customerId", customer, "status", "CONTACTED")))
                .containsExactly(priceUrgent.toString());
        assertThat(ids(Map.of("customerId", customer, "status", "RECEIVED", "category", "PARTS", "severity",
                "NORMAL"))).containsExactly(partsNormal.toString());
        handler().queryParam("customerId", customer).queryParam("status", "CLOSED").get(COMPLAINTS).then()
                .statusCode(200).body("items", emptyIterable());
    }

    @Test
    void badFiltersAreRejectedNamingTheAllowedValues() {
        assertInvalid(handler().queryParam("status", "DONE").get(COMPLAINTS), "status")
                .body("errors[0].message", containsString("REMEDY_PROPOSED"));
        assertInvalid(handler().queryParam("category", "FOOD").get(COMPLAINTS), "category");
        assertInvalid(handler().queryParam("severity", "LOW").get(COMPLAINTS), "severity");
        assertInvalid(handler().queryParam("overdue", "maybe").get(COMPLAINTS), "overdue");
        assertInvalid(handler().queryParam("limit", 501).get(COMPLAINTS), "limit");
        assertInvalid(handler().queryParam("cursor", "not-ours").get(COMPLAINTS), "cursor");
    }

    private static List<String> ids(Map<String, Object> query) {
        return handler().queryParams(query).get(COMPLAINTS).then().statusCode(200).extract().path("items.id");
    }
}
