package io.fieldback.region;

import static io.fieldback.region.RegionFixtures.PROVINCES;
import static io.fieldback.region.RegionFixtures.REGIONS;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsInAnyOrder;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The seeded regions and provinces, who may read and change them, and bad input. */
@QuarkusTest
class RegionReferenceDataTest {

    @Test
    void chinasSevenGeographicRegionsAndOverseasAreSeededInOrder() {
        admin().queryParam("limit", 500).get(REGIONS).then().statusCode(200)
                .body("items.code", hasItems("NORTH", "NORTHEAST", "EAST", "CENTRAL", "SOUTH", "SOUTHWEST",
                        "NORTHWEST", "INTERNATIONAL"))
                .body("items.find { it.code == 'CENTRAL' }.nameZh", equalTo("华中"))
                .body("items.find { it.code == 'CENTRAL' }.nameEn", equalTo("Central"))
                .body("items.find { it.code == 'INTERNATIONAL' }.nameZh", equalTo("海外"))
                .body("items.find { it.code == 'INTERNATIONAL' }.nameEn", equalTo("Overseas"));
    }

    @Test
    void all34ProvincialLevelDivisionsAreMappedToARegion() {
        admin().queryParam("regionCode", "CENTRAL").get(PROVINCES).then().statusCode(200)
                .body("items.findAll { it.gbCode != null }.nameZh", containsInAnyOrder("湖北", "湖南", "河南"));
        int seeded = 0;
        for (String region : List.of("NORTH", "NORTHEAST", "EAST", "CENTRAL", "SOUTH", "SOUTHWEST", "NORTHWEST")) {
            List<Map<String, Object>> items = admin().queryParam("regionCode", region).queryParam("limit", 500)
                    .get(PROVINCES).then().statusCode(200).extract().path("items");
            seeded += (int) items.stream().filter(p -> p.get("gbCode") != null).count();
        }
        // 华北 5 + 东北 3 + 华东 8 (with 台湾) + 华中 3 + 华南 5 (with 香港, 澳门) + 西南 5 + 西北 5
        org.assertj.core.api.Assertions.assertThat(seeded).isEqualTo(34);
        admin().get(PROVINCES + "/" + RegionFixtures.provinceId("HB")).then().statusCode(200)
                .body("nameZh", equalTo("湖北")).body("nameEn", equalTo("Hubei")).body("gbCode", equalTo("42"))
                .body("regionCode", equalTo("CENTRAL"));
    }

    @Test
    void everySignedInRoleReadsRegionsAndProvincesButOnlyAnAdminChangesThem() {
        for (String role : Roles.ALL) {
            Tokens.as(role).get(REGIONS).then().statusCode(200);
            Tokens.as(role).get(PROVINCES).then().statusCode(200);
            if (!role.equals(Roles.ADMIN)) {
                Tokens.as(role).body(RegionFixtures.newRegion()).post(REGIONS).then().statusCode(403);
            }
        }
        RestAssured.given().get(REGIONS).then().statusCode(401);
    }

    @Test
    void aRegionIsCreatedReadAndUpdatedWithItsEtag() {
        Map<String, Object> body = RegionFixtures.newRegion();
        String id = admin().body(body).post(REGIONS).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("code", equalTo(body.get("code"))).body("active", equalTo(true)).extract().path("id");
        Map<String, Object> renamed = new java.util.HashMap<>(body);
        renamed.put("nameZh", "新名字");
        admin().header("If-Match", "\"0\"").body(renamed).put(REGIONS + "/" + id).then().statusCode(200)
                .body("nameZh", equalTo("新名字")).header("ETag", equalTo("\"1\""));
        admin().header("If-Match", "\"0\"").body(renamed).put(REGIONS + "/" + id).then().statusCode(412);
        admin().get(REGIONS + "/" + id).then().statusCode(200).body("nameZh", equalTo("新名字"));
    }

    @Test
    void aTakenCodeIs409AndACodeCannotChange() {
        Map<String, Object> body = RegionFixtures.newRegion();
        String id = admin().body(body).post(REGIONS).then().statusCode(201).extract().path("id");
        admin().body(body).post(REGIONS).then().statusCode(409);
        Map<String, Object> recoded = new java.util.HashMap<>(body);
        recoded.put("code", "OTHER");
        admin().header("If-Match", "\"0\"").body(recoded).put(REGIONS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        admin().body(Map.of("code", "湖北", "nameZh", "x", "nameEn", "x")).post(REGIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aProvinceMustNameAnActiveRegionAndAFreeName() {
        Map<String, Object> region = RegionFixtures.newRegion();
        admin().body(Map.of("code", "ZZ" + region.get("code"), "nameZh", "火星省", "nameEn", "Mars",
                "regionCode", "MARS")).post(PROVINCES).then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        admin().body(Map.of("code", "ZZ" + region.get("code"), "nameZh", "湖北", "nameEn", "Hubei again",
                "regionCode", "CENTRAL")).post(PROVINCES).then().statusCode(409)
                .body("detail", containsString("湖北"));
    }
}
