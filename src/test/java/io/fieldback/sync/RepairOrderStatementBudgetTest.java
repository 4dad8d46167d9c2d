package io.fieldback.sync;

import static io.fieldback.support.StatementBudget.counted;
import static io.fieldback.support.StatementBudget.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A dealer's bulk upsert stays within a budget of SQL statements per request (issue 21), at two sizes. Orders of
 * known customers and units, and updates, are read set-based (one query per table per chunk of 1,000) and written
 * as one multi-row statement per table and kind (updates too: INSERT ... ON DUPLICATE KEY UPDATE of the rows the
 * read locked), so forty orders cost what ten cost, and what the server counts is what the driver sends.
 * Registering an unknown customer and unit is still a few statements per order (the customer feature's API); which
 * unknown codes another dealer has is one query for the request (was one per customer: 6 + 8 per order, now 7 + 7).
 */
@QuarkusTest
class RepairOrderStatementBudgetTest {

    private SyncFixtures f;
    private Instant t;

    @BeforeEach
    void fixtures() {
        f = new SyncFixtures();
        t = f.t0.plusSeconds(60);
    }

    private int upsert(String what, List<Map<String, Object>> items, int budget) {
        Response response = counted(f.dms()).body(Map.of("items", items)).put("/api/v1/dealer/repair-orders");
        response.then().statusCode(200);
        return within("PUT /dealer/repair-orders, " + items.size() + " " + what, response, budget);
    }

    private static List<String> numbers(int n) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            numbers.add(SyncFixtures.number());
        }
        return numbers;
    }

    private List<Map<String, Object>> requested(List<String> numbers) {
        return numbers.stream().map(n -> f.order(n, t)).toList();
    }

    private List<Map<String, Object>> completed(List<String> numbers) {
        return numbers.stream().map(n -> f.completed(n, t.plusSeconds(60))).toList();
    }

    /** New completed orders for the customers and units of the given (already synced) orders. */
    private List<Map<String, Object>> newCompletedFor(List<String> known) {
        return known.stream().map(k -> {
            Map<String, Object> order = new java.util.HashMap<>(f.completed(SyncFixtures.number(), t.plusSeconds(60)));
            Map<String, Object> sample = f.order(k, t);
            order.put("customer", sample.get("customer"));
            order.put("equipment", sample.get("equipment"));
            return order;
        }).toList();
    }

    @Test
    void newOrdersOfUnknownCustomersRegisterThemPerOrder() {
        upsert("new, customers and units registered", requested(numbers(10)), 7 + 7 * 10);
        upsert("new, customers and units registered", requested(numbers(40)), 7 + 7 * 40);
    }

    @Test
    void updatesAndNewOrdersOfKnownCustomersCostTheSameAtAnySize() {
        List<String> ten = numbers(10);
        List<String> forty = numbers(40);
        upsert("new (setup)", requested(ten), 7 + 7 * 10);
        upsert("new (setup)", requested(forty), 7 + 7 * 40);
        upsert("updated (REQUESTED -> COMPLETED)", completed(ten), 11);
        upsert("updated (REQUESTED -> COMPLETED)", completed(forty), 11);
        upsert("new COMPLETED, known customers and units", newCompletedFor(ten), 8);
        upsert("new COMPLETED, known customers and units", newCompletedFor(forty), 8);
    }
}
