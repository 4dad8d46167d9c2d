package io.fieldback.sync;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A dealer system registering customers follows the same placement rule as the API: the region is the province's. */
@QuarkusTest
class RepairOrderRegionTest {

    private static Map<String, Object> withCustomerPlace(Map<String, Object> order, String region, String province) {
        Map<String, Object> customer = new HashMap<>((Map<String, Object>) order.get("customer"));
        customer.put("region", region);
        customer.put("province", province);
        order.put("customer", customer);
        return order;
    }

    @Test
    void aCustomerWhoseRegionIsNotItsProvincesIsRejectedAndTheOtherOrdersGoThrough() {
        SyncFixtures f = new SyncFixtures();
        Instant now = Instant.now().minusSeconds(60);
        String wrong = SyncFixtures.number();
        String right = SyncFixtures.number();
        JsonPath answer = f.sync(List.of(withCustomerPlace(f.order(wrong, now), "EAST", "湖北"),
                withCustomerPlace(f.order(right, now), "CENTRAL", "湖北省")));
        assertThat(answer.getString("items[0].status")).isEqualTo("REJECTED");
        assertThat(answer.getString("items[0].errors[0].field")).isEqualTo("customer.region");
        assertThat(answer.getString("items[0].errors[0].message")).contains("CENTRAL");
        assertThat(answer.getString("items[1].status")).isEqualTo("CREATED");
        admin().queryParam("province", "HB").queryParam("dealerId", f.dealerId).get("/api/v1/customers").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].code", equalTo("C-" + right))
                .body("items[0].region", equalTo("CENTRAL"));
    }
}
