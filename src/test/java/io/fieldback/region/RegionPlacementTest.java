package io.fieldback.region;

import static io.fieldback.region.RegionFixtures.CUSTOMERS;
import static io.fieldback.region.RegionFixtures.PROVINCES;
import static io.fieldback.region.RegionFixtures.REGIONS;
import static io.fieldback.region.RegionFixtures.customerBody;
import static io.fieldback.region.RegionFixtures.postCustomer;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Customers and stations carry a region and optionally a province; the region must be the province's.
 * A deactivated region keeps what is in it and takes nothing new.
 */
@QuarkusTest
class RegionPlacementTest {

    @Test
    void aProvinceIsStoredAsItsCodeWhateverNameTheClientUsed() {
        for (String name : java.util.List.of("湖北", "湖北省", "Hubei", "hubei", "HB")) {
            postCustomer("CENTRAL", name).then().statusCode(201).body("region", equalTo("CENTRAL"))
                    .body("province", equalTo("HB"));
        }
        admin().queryParam("province", "湖北").queryParam("limit", 1).get(CUSTOMERS).then().statusCode(200)
                .body("items[0].province", equalTo("HB"));
    }

    @Test
    void aRegionThatIsNotTheProvincesIsA400NamingBoth() {
        // what the seed campaign had to do before: a 湖北 customer filed under EAST
        postCustomer("EAST", "湖北").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].message", containsString("CENTRAL")).body("errors[0].message", containsString("EAST"));
        Map<String, Object> station = new HashMap<>(TestData.station(TestData.dealer(), 30.59, 114.30));
        station.put("province", "湖北");
        admin().body(station).post("/api/v1/stations").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        station.put("region", "CENTRAL");
        admin().body(station).post("/api/v1/stations").then().statusCode(201).body("province", equalTo("HB"));
    }

    @Test
    void anUnknownProvinceOrRegionIsA400() {
        postCustomer("CENTRAL", "火星").then().statusCode(400).body("errors[0].field", equalTo("province"));
        postCustomer("MARS", null).then().statusCode(400).body("errors[0].field", equalTo("region"))
                .body("errors[0].message", containsString("CENTRAL"));
        postCustomer("central", null).then().statusCode(400).body("errors[0].field", equalTo("region"));
        admin().queryParam("province", "火星").get(CUSTOMERS).then().statusCode(400)
                .body("errors[0].field", equalTo("province"));
    }

    @Test
    void aDeactivatedRegionKeepsItsCustomersButTakesNoNewOnes() {
        Map<String, Object> region = RegionFixtures.newRegion();
        String code = (String) region.get("code");
        String regionId = admin().body(region).post(REGIONS).then().statusCode(201).extract().path("id");
        String existing = admin().body(customerBody(code, null)).post(CUSTOMERS).then().statusCode(201)
                .extract().path("id");
        UUID elsewhere = RegionFixtures.customer("EAST", null);

        admin().delete(REGIONS + "/" + regionId).then().statusCode(204);
        admin().get(REGIONS + "/" + regionId).then().body("active", equalTo(false));

        // the customer already there stays, and can still be edited without leaving
        admin().get(CUSTOMERS + "/" + existing).then().statusCode(200).body("region", equalTo(code));
        Map<String, Object> edit = customerBody(code, null);
        edit.put("name", "改名客户");
        admin().header("If-Match", "\"0\"").body(edit).put(CUSTOMERS + "/" + existing).then().statusCode(200)
                .body("region", equalTo(code));
        // nothing new: neither a new customer nor one moving in
        postCustomer(code, null).then().statusCode(400).body("errors[0].field", equalTo("region"))
                .body("errors[0].message", containsString("inactive"));
        admin().header("If-Match", "\"0\"").body(customerBody(code, null)).put(CUSTOMERS + "/" + elsewhere).then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
        // nor a province
        admin().body(Map.of("code", "Q" + code.substring(2), "nameZh", "测试省Q" + code, "nameEn", "Q",
                "regionCode", code)).post(PROVINCES).then().statusCode(400);

        // reactivated, it takes customers again
        Map<String, Object> back = new HashMap<>(region);
        back.put("active", true);
        admin().header("If-Match", "\"1\"").body(back).put(REGIONS + "/" + regionId).then().statusCode(200)
                .body("active", equalTo(true));
        postCustomer(code, null).then().statusCode(201);
    }

    @Test
    void aProvinceInUseCannotBeDeletedAnUnusedOneCan() {
        Map<String, Object> region = RegionFixtures.newRegion();
        String code = (String) region.get("code");
        admin().body(region).post(REGIONS).then().statusCode(201);
        String used = admin().body(Map.of("code", "U" + code.substring(2), "nameZh", "在用省" + code, "nameEn", "Used",
                "regionCode", code)).post(PROVINCES).then().statusCode(201).extract().path("id");
        String unused = admin().body(Map.of("code", "N" + code.substring(2), "nameZh", "空省" + code, "nameEn", "Unused",
                "regionCode", code)).post(PROVINCES).then().statusCode(201).extract().path("id");
        postCustomer(code, "在用省" + code).then().statusCode(201);

        admin().delete(PROVINCES + "/" + used).then().statusCode(409).contentType("application/problem+json");
        admin().get(PROVINCES + "/" + used).then().statusCode(200);
        admin().delete(PROVINCES + "/" + unused).then().statusCode(204);
        admin().get(PROVINCES + "/" + unused).then().statusCode(404);
    }
}
