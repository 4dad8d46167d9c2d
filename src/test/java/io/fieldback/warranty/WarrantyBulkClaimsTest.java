package io.fieldback.warranty;

import static io.fieldback.support.StatementBudget.counted;
import static io.fieldback.support.StatementBudget.within;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The bulk PUT of claims is set-based: what it checks is read for the whole request, what it writes goes in
 * JDBC batches, the clocks move together; so its statements do not grow with the number of claims, and a
 * request of thousands of claims answers within the transaction's time.
 */
@QuarkusTest
class WarrantyBulkClaimsTest {

    private static final String BULK = "/api/v1/dealer/warranty-claims";

    /** Claims on a few visits (a machine each), submitted; every claim after a visit's first duplicates it. */
    private static List<Map<String, Object>> claims(WarrantyFixtures w, List<UUID> visits, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        String prefix = TestData.unique("WB");
        for (int i = 0; i < count; i++) {
            Map<String, Object> item = new HashMap<>(w.claim(visits.get(i % visits.size()), prefix + "-" + i));
            item.put("updatedAt", "2026-11-21T00:00:00Z");
            item.put("submit", true);
            items.add(item);
        }
        return items;
    }

    private static List<UUID> visits(WarrantyFixtures w, int count) {
        List<UUID> visits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            visits.add(w.inWarrantyVisit());
        }
        return visits;
    }

    @Test
    void aHundredClaimsCostTheStatementsOfTen() {
        WarrantyFixtures w = new WarrantyFixtures();
        List<UUID> visits = visits(w, 5);
        Response ten = counted(w.dealerSystem()).body(Map.of("items", claims(w, visits, 10))).put(BULK);
        ten.then().statusCode(200);
        Response hundred = counted(w.dealerSystem()).body(Map.of("items", claims(w, visits, 100))).put(BULK);
        hundred.then().statusCode(200);
        assertThat(hundred.jsonPath().getInt("summary.created")).isEqualTo(100);
        // 5 machines: the first claim of each in the first request went through, every later one duplicates it
        assertThat(ten.jsonPath().getList("items.claimStatus")).containsExactly("AUTO_APPROVED", "AUTO_APPROVED",
                "AUTO_APPROVED", "AUTO_APPROVED", "AUTO_APPROVED", "IN_REVIEW", "IN_REVIEW", "IN_REVIEW",
                "IN_REVIEW", "IN_REVIEW");
        assertThat(hundred.jsonPath().getList("items.claimStatus")).containsOnly("IN_REVIEW");
        int statementsOfTen = within("bulk PUT of 10 claims (submit)", ten, 25);
        // 21 and 21 when written: a hundred claims of 3 lines (300 line rows) add a JDBC batch or two, not 90 queries
        within("bulk PUT of 100 claims (submit)", hundred, statementsOfTen + 4);
    }

    @Test
    void aBodyOverOneMegabyteOfThousandsOfClaimsIsTaken() throws Exception {
        WarrantyFixtures w = new WarrantyFixtures();
        List<UUID> visits = visits(w, 3);
        byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("items", claims(w, visits, 3000)));
        assertThat(body.length).isGreaterThan(1_048_576);
        JsonPath result = w.dealerSystem().contentType(ContentType.JSON).body(body).put(BULK).then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getInt("summary.created")).isEqualTo(3000);
        assertThat(result.getList("items.claimStatus").stream().filter("AUTO_APPROVED"::equals)).hasSize(3);
        admin().queryParam("stationId", w.station.toString()).queryParam("status", "AUTO_APPROVED").get(CLAIMS)
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(3));
    }
}
