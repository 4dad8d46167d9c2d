package io.fieldback.sync;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RepairOrderSyncTest {

    private SyncFixtures f;

    @BeforeEach
    void aDealer() {
        f = new SyncFixtures();
    }

    @Test
    void everyItemIsAnsweredInRequestOrderWithItsStatus() {
        String existing = SyncFixtures.number();
        String older = SyncFixtures.number();
        f.sync(List.of(f.order(existing, f.t0.plusSeconds(100)), f.order(older, f.t0.plusSeconds(100))));

        Map<String, Object> bad = f.order(SyncFixtures.number(), f.t0.plusSeconds(200));
        bad.put("type", null);
        String fresh = SyncFixtures.number();
        JsonPath answer = f.sync(List.of(
                f.order(fresh, f.t0.plusSeconds(200)),
                f.completed(existing, f.t0.plusSeconds(200)),
                f.order(existing.equals(older) ? fresh : older, f.t0.plusSeconds(50)),
                bad));
        assertThat(answer.getList("items.status")).containsExactly("CREATED", "UPDATED", "STALE", "REJECTED");
        assertThat(answer.getList("items.index")).containsExactly(0, 1, 2, 3);
        assertThat(answer.getString("items[3].errors[0].field")).isEqualTo("type");
        assertThat(answer.getInt("summary.created")).isEqualTo(1);
        assertThat(answer.getInt("summary.rejected")).isEqualTo(1);

        String visitId = answer.getString("items[1].visitId");
        admin().get("/api/v1/visits/" + visitId).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("source", equalTo("DEALER_SYSTEM")).body("repairOrderNumber", equalTo(existing))
                .body("responseMinutes", equalTo(60));
    }

    @Test
    void replayingARequestChangesNothing() {
        List<Map<String, Object>> batch = List.of(f.completed(SyncFixtures.number(), f.t0.plusSeconds(10)),
                f.order(SyncFixtures.number(), f.t0.plusSeconds(10)));
        JsonPath first = f.sync(batch);
        assertThat(first.getList("items.status")).containsExactly("CREATED", "CREATED");
        JsonPath again = f.sync(batch);
        assertThat(again.getList("items.status")).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(again.getList("items.visitId")).isEqualTo(first.getList("items.visitId"));
        admin().get("/api/v1/visits/" + first.getString("items[0].visitId") + "/events").then()
                .body("size()", equalTo(2));
    }

    @Test
    void aStaleVersionChangesNothing() {
        String number = SyncFixtures.number();
        JsonPath created = f.sync(List.of(f.order(number, f.t0.plusSeconds(500))));
        Map<String, Object> older = f.order(number, f.t0.plusSeconds(400));
        older.put("faultReported", "旧的描述");
        assertThat(f.sync(List.of(older)).getString("items[0].status")).isEqualTo("STALE");
        admin().get("/api/v1/visits/" + created.getString("items[0].visitId")).then()
                .body("faultReported", equalTo("水温过高"));
    }

    @Test
    void duplicateNumbersInOneRequestAreRejectedAfterTheFirst() {
        String number = SyncFixtures.number();
        JsonPath answer = f.sync(List.of(f.order(number, f.t0), f.order(number, f.t0.plusSeconds(1))));
        assertThat(answer.getList("items.status")).containsExactly("CREATED", "REJECTED");
        assertThat(answer.getString("items[1].errors[0].message")).contains("duplicate of item 0");
    }

    @Test
    void timesInAnImpossibleOrderAreRejected() {
        Map<String, Object> order = f.completed(SyncFixtures.number(), f.t0.plusSeconds(10));
        order.put("completedAt", f.t0.plusSeconds(1800).toString()); // before arrival
        JsonPath answer = f.sync(List.of(order));
        assertThat(answer.getString("items[0].status")).isEqualTo("REJECTED");
        assertThat(answer.getList("items[0].errors.field")).contains("completedAt");
    }

    @Test
    void aCompletedOrderNeedsItsOutcome() {
        Map<String, Object> order = f.completed(SyncFixtures.number(), f.t0.plusSeconds(10));
        order.remove("outcome");
        assertThat(f.sync(List.of(order)).getList("items[0].errors.field")).contains("outcome");
    }

    @Test
    void moreThan5000ItemsIs400SayingTheLimit() {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> order = f.order("RO-X", f.t0);
        for (int i = 0; i < 5001; i++) {
            items.add(order);
        }
        f.dms().body(Map.of("items", items)).put("/api/v1/dealer/repair-orders").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("at most 5000"));
    }

    @Test
    void anEmptyBatchIs400() {
        f.dms().body(Map.of("items", List.of())).put("/api/v1/dealer/repair-orders").then().statusCode(400);
    }

    @Test
    void unknownCustomersAreRejectedWhenTheDealerMayNotRegisterThem() {
        SyncFixtures strict = new SyncFixtures();
        var dealer = admin().get("/api/v1/dealers/" + strict.dealerId);
        admin().header("If-Match", dealer.header("ETag"))
                .body(Map.of("code", dealer.path("code"), "name", "严格", "mayCreateCustomers", false))
                .put("/api/v1/dealers/" + strict.dealerId).then().statusCode(200);
        JsonPath answer = strict.sync(List.of(strict.order(SyncFixtures.number(), strict.t0)));
        assertThat(answer.getString("items[0].status")).isEqualTo("REJECTED");
        assertThat(answer.getString("items[0].errors[0].field")).isEqualTo("customer.code");
    }

    @Test
    void onlyDealersSync() {
        admin().body(Map.of("items", List.of(f.order(SyncFixtures.number(), f.t0))))
                .put("/api/v1/dealer/repair-orders").then().statusCode(403);
    }
}
