package io.fieldback.followup;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

/**
 * Changes the facts about a customer through the API, as the back office would between two steps of a
 * call's life: put it on do-not-call, change its relationship, move a delivery date, remove a contact,
 * or call it by hand.
 */
final class FactChanges {

    private static final List<String> CUSTOMER_FIELDS = List.of("code", "name", "relationship", "importance",
            "region", "province", "doNotCall", "dealerId");
    private static final List<String> EQUIPMENT_FIELDS = List.of("serialNumber", "productSeries", "application",
            "deliveryDate", "warrantyUntil", "warrantyLimit", "warrantyLimitUnit");

    private FactChanges() {
    }

    static void doNotCall(UUID customerId) {
        customer(customerId, Map.of("doNotCall", true));
    }

    static void customer(UUID customerId, Map<String, Object> changes) {
        put("/api/v1/customers/" + customerId, CUSTOMER_FIELDS, changes);
    }

    static void deliveredOn(UUID customerId, UUID equipmentId, LocalDate day) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("deliveryDate", day.toString());
        changes.put("warrantyUntil", null);
        put("/api/v1/customers/" + customerId + "/equipment/" + equipmentId, EQUIPMENT_FIELDS, changes);
    }

    static void removeContact(UUID customerId, UUID contactId) {
        admin().delete("/api/v1/customers/" + customerId + "/contacts/" + contactId).then().statusCode(204);
    }

    /** A call made by hand, due at the given time, and completed at once by an agent. */
    static UUID calledByHand(UUID customerId, UUID equipmentId, Instant dueAt) {
        UUID call = FollowUpFixtures.manualCall(customerId, equipmentId, dueAt);
        FollowUpFixtures.anyAgent().body(FollowUpFixtures.completed(240, FollowUpFixtures.topAnswers()))
                .post(FollowUpFixtures.attempts(call)).then().statusCode(201);
        return call;
    }

    /** GET, keep the writable fields, apply the changes, PUT with the ETag. */
    private static void put(String path, List<String> fields, Map<String, Object> changes) {
        Response current = admin().get(path);
        current.then().statusCode(200);
        Map<String, Object> now = current.jsonPath().getMap("");
        Map<String, Object> body = new HashMap<>();
        for (String field : fields) {
            if (now.get(field) != null) {
                body.put(field, now.get(field));
            }
        }
        body.putAll(changes);
        body.values().removeIf(java.util.Objects::isNull);
        admin().header("If-Match", current.header("ETag")).body(body).put(path).then().statusCode(200);
    }
}
