package io.fieldback.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A dealer never sees or writes another dealer's repair orders. */
@QuarkusTest
class RepairOrderTenancyTest {

    private SyncFixtures mine;
    private SyncFixtures theirs;

    @BeforeEach
    void twoDealers() {
        mine = new SyncFixtures();
        theirs = new SyncFixtures();
    }

    @Test
    void anotherDealersStationIsRejected() {
        Map<String, Object> order = mine.order(SyncFixtures.number(), mine.t0);
        order.put("stationCode", theirs.stationCode);
        JsonPath answer = mine.sync(List.of(order));
        assertThat(answer.getString("items[0].status")).isEqualTo("REJECTED");
        assertThat(answer.getString("items[0].errors[0].field")).isEqualTo("stationCode");
    }

    @Test
    void theSameNumberAtTwoDealersIsTwoRepairOrders() {
        String number = SyncFixtures.number();
        String mineId = mine.sync(List.of(mine.order(number, mine.t0))).getString("items[0].visitId");
        Map<String, Object> order = theirs.order(number, theirs.t0);
        order.put("customer", Map.of("code", "C2-" + number, "name", "别家客户", "relationship", "OEM",
                "importance", "KEY", "region", "NORTH"));
        order.put("equipment", Map.of("serialNumber", "SN2-" + number, "productSeries", "YC6K", "application", "BUS"));
        JsonPath answer = theirs.sync(List.of(order));
        assertThat(answer.getString("items[0].status")).isEqualTo("CREATED");
        assertThat(answer.getString("items[0].visitId")).isNotEqualTo(mineId);
    }

    @Test
    void anotherDealersVisitAndCustomerStayInvisible() {
        String number = SyncFixtures.number();
        String visitId = mine.sync(List.of(mine.order(number, mine.t0))).getString("items[0].visitId");
        theirs.dms().get("/api/v1/visits/" + visitId).then().statusCode(404);
        // their order naming my customer's code cannot attach to my customer
        Map<String, Object> order = theirs.order(SyncFixtures.number(), theirs.t0);
        order.put("customer", Map.of("code", "C-" + number, "name", "冒名", "relationship", "OEM",
                "importance", "KEY", "region", "NORTH"));
        order.remove("equipment");
        JsonPath answer = theirs.sync(List.of(order));
        assertThat(answer.getString("items[0].status")).isEqualTo("REJECTED");
        assertThat(answer.getString("items[0].errors[0].message")).contains("not available");
        assertThat(theirs.dms().get("/api/v1/dealer/changes").jsonPath().getList("items.aggregateId"))
                .doesNotContain(visitId);
    }
}
