package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Machine callers sign in with keys that are shown once, stored as hashes, scoped and revocable. */
@QuarkusTest
class ApiKeyTest {

    private static io.restassured.response.Response dealerKey(UUID dealerId) {
        return admin().body(Map.of("name", "DMS", "role", "DEALER", "dealerId", dealerId.toString()))
                .post("/api/v1/api-keys");
    }

    @Test
    void aDealerKeyIsShownOnceAndActsForItsDealerOnly() {
        UUID mine = TestData.dealer();
        UUID other = TestData.dealer();
        var created = dealerKey(mine);
        created.then().statusCode(201).body("key", startsWith("fbk_")).body("role", equalTo("DEALER"));
        String key = created.path("key");

        given().header("X-API-Key", key).get("/api/v1/dealers/" + mine).then().statusCode(200);
        given().header("X-API-Key", key).get("/api/v1/dealers/" + other).then().statusCode(404);
        given().header("X-API-Key", key).get("/api/v1/dealers").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(mine.toString()));

        admin().get("/api/v1/api-keys/" + created.path("id")).then().statusCode(200).body("key", nullValue());
        admin().queryParam("dealerId", mine.toString()).get("/api/v1/api-keys").then().statusCode(200)
                .body("items.key", everyItem(nullValue()));
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        var created = dealerKey(TestData.dealer());
        String key = created.path("key");
        given().header("X-API-Key", key).get("/api/v1/dealers").then().statusCode(200);
        admin().delete("/api/v1/api-keys/" + created.path("id")).then().statusCode(204);
        given().header("X-API-Key", key).get("/api/v1/dealers").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongSecretIs401() {
        String key = dealerKey(TestData.dealer()).path("key");
        // the last character changed for sure (a fixed "00" left one key in 256 or so unchanged: a flaky test)
        char last = key.charAt(key.length() - 1);
        given().header("X-API-Key", key.substring(0, key.length() - 1) + (last == '0' ? '1' : '0'))
                .get("/api/v1/dealers").then().statusCode(401);
        given().header("X-API-Key", "not-a-key").get("/api/v1/dealers").then().statusCode(401);
    }

    @Test
    void aKeyNeedsAnExistingTenant() {
        admin().body(Map.of("name", "DMS", "role", "DEALER", "dealerId", UUID.randomUUID().toString()))
                .post("/api/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("dealerId"));
        admin().body(Map.of("name", "Survey", "role", "VENDOR")).post("/api/v1/api-keys").then().statusCode(400)
                .body("errors[0].field", equalTo("vendorId"));
    }

    @Test
    void aVendorKeySeesOnlyItsVendor() {
        String vendorId = admin().body(Map.of("code", TestData.unique("V"), "name", "调研公司"))
                .post("/api/v1/vendors").then().statusCode(201).extract().path("id");
        String key = admin().body(Map.of("name", "Survey", "role", "VENDOR", "vendorId", vendorId))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        given().header("X-API-Key", key).get("/api/v1/vendors").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(vendorId));
        given().header("X-API-Key", key).get("/api/v1/customers").then().statusCode(403);
    }

    @Test
    void onlyAdminsManageKeys() {
        Tokens.as(Roles.DEALER).get("/api/v1/api-keys").then().statusCode(403);
        given().get("/api/v1/api-keys").then().statusCode(401);
    }
}
