package io.fieldback.warranty;

import static io.fieldback.support.StatementBudget.counted;
import static io.fieldback.support.StatementBudget.within;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
        int statementsOfTen = within("bulk PUT of 10 claims (submit)", ten, 12);
        // 21 and 21 when written, 14 and 13 once new claims, lines and clocks went to JdbcBatch (issue 17), 12 and 11
        // once visits and machines were read as columns and the decisions' events went as one batch: a hundred
        // claims of 3 lines (300 line rows) cost no more statements than ten
        within("bulk PUT of 100 claims (submit)", hundred, statementsOfTen);
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

    private static Map<String, Object> item(WarrantyFixtures w, UUID visit, String number, String updatedAt,
            boolean submit) {
        Map<String, Object> item = new HashMap<>(w.claim(visit, number));
        item.put("updatedAt", updatedAt);
        item.put("submit", submit);
        return item;
    }

    private static JsonPath claim(String id) {
        return admin().get(CLAIMS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath deadline(JsonPath claim, String kind) {
        return new JsonPath(claim.prettify()).setRootPath("deadlines.find { it.kind == '" + kind + "' }");
    }

    /**
     * Facts moving between two requests and within one: a draft stored by the first request is submitted by the
     * second, and a new claim in that same second request duplicates it (so it sees the submission before it);
     * the new claims' rows and clocks are written in batches, and they behave as claims made one at a time:
     * submission deadlines met at the submission (or running for a draft, due 30 days after the repair day of
     * 2026-11-20 in Shanghai), a decision deadline 14 days after a submission to review, and a decision taken.
     */
    @Test
    void aBulkRequestSeesWhatTheRequestBeforeItAndItsOwnEarlierItemsLeft() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID machine = w.inWarrantyVisit();
        String a = TestData.unique("WB");
        String b = TestData.unique("WB");
        String c = TestData.unique("WB");
        String d = TestData.unique("WB");
        JsonPath first = w.dealerSystem().body(Map.of("items", List.of(item(w, machine, a, "2026-11-21T00:00:00Z",
                false), item(w, w.inWarrantyVisit(), b, "2026-11-21T00:00:00Z", true)))).put(BULK).then()
                .statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.claimStatus")).containsExactly("DRAFT", "AUTO_APPROVED");
        JsonPath second = w.dealerSystem().body(Map.of("items", List.of(item(w, machine, a, "2026-11-22T00:00:00Z",
                true), item(w, machine, c, "2026-11-22T00:00:00Z", true), item(w, w.inWarrantyVisit(), d,
                "2026-11-22T00:00:00Z", false)))).put(BULK).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.status")).containsExactly("UPDATED", "CREATED", "CREATED");
        assertThat(second.getList("items.claimStatus")).containsExactly("AUTO_APPROVED", "IN_REVIEW", "DRAFT");
        String aId = second.getString("items[0].claimId");
        String cId = second.getString("items[1].claimId");
        JsonPath stored = claim(cId);
        assertThat(stored.getString("duplicateOf")).isEqualTo(aId);
        assertThat(stored.getList("lines.claimedAmount", String.class)).hasSize(3);
        assertThat(stored.getFloat("claimedTotal")).isEqualTo(1431.0f); // 2.50 h x 180.00 + 2 x 430.50 + 120.00
        Instant submitted = Instant.parse(stored.getString("submittedAt"));
        assertThat(deadline(stored, "SUBMISSION").getString("status")).isEqualTo("MET");
        assertThat(Instant.parse(deadline(stored, "SUBMISSION").getString("stoppedAt"))).isEqualTo(submitted);
        assertThat(deadline(stored, "DECISION").getString("status")).isEqualTo("RUNNING");
        assertThat(Instant.parse(deadline(stored, "DECISION").getString("dueAt")))
                .isEqualTo(submitted.plus(Duration.ofDays(14)));
        for (String id : List.of(aId, first.getString("items[1].claimId"))) {
            assertThat(deadline(claim(id), "SUBMISSION").getString("status")).isEqualTo("MET");
            assertThat(claim(id).getList("deadlines.kind")).containsExactly("SUBMISSION");
        }
        JsonPath draft = claim(second.getString("items[2].claimId"));
        assertThat(draft.getList("deadlines.kind")).containsExactly("SUBMISSION");
        assertThat(deadline(draft, "SUBMISSION").getString("status")).isEqualTo("RUNNING");
        assertThat(deadline(draft, "SUBMISSION").getString("dueAt")).isEqualTo("2026-12-20T16:00:00Z");
        List<Map<String, Object>> calls = stored.getList("lines.id", String.class).stream()
                .map(id -> Map.<String, Object>of("lineId", id, "decision", "APPROVED")).toList();
        WarrantyFixtures.analyst().header("If-Match", WarrantyFixtures.etag(UUID.fromString(cId)))
                .body(Map.of("lines", calls)).post(CLAIMS + "/" + cId + "/decisions").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"))
                .body("deadlines.find { it.kind == 'DECISION' }.status", org.hamcrest.Matchers.equalTo("MET"));
    }
}
