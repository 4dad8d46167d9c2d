package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The dealer system's bulk PUT of claims by its own claim numbers, answered item by item. */
@QuarkusTest
class WarrantyClaimSyncTest {

    private static final String BULK = "/api/v1/dealer/warranty-claims";

    private static Map<String, Object> item(WarrantyFixtures w, UUID visit, String number, String updatedAt,
            boolean submit) {
        Map<String, Object> item = new HashMap<>(w.claim(visit, number));
        item.put("updatedAt", updatedAt);
        item.put("submit", submit);
        return item;
    }

    private static JsonPath put(WarrantyFixtures w, List<Map<String, Object>> items) {
        return w.dealerSystem().body(Map.of("items", items)).put(BULK).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyItemIsAnsweredOnItsOwnAndOneBadItemSinksNoOther() {
        WarrantyFixtures w = new WarrantyFixtures();
        String a = TestData.unique("WC");
        String b = TestData.unique("WC");
        Map<String, Object> badOp = item(w, w.inWarrantyVisit(), TestData.unique("WC"), "2026-11-21T00:00:00Z", false);
        badOp.put("lines", List.of(Map.of("kind", "LABOUR", "operationCode", "NOPE", "hours", "1.00")));
        Map<String, Object> noNumber = item(w, w.inWarrantyVisit(), "", "2026-11-21T00:00:00Z", false);
        JsonPath result = put(w, List.of(item(w, w.inWarrantyVisit(), a, "2026-11-21T00:00:00Z", true), badOp,
                item(w, w.inWarrantyVisit(), b, "2026-11-21T00:00:00Z", false), noNumber,
                item(w, w.inWarrantyVisit(), b, "2026-11-21T00:00:00Z", false)));
        assertThat(result.getList("items.status")).containsExactly("CREATED", "REJECTED", "CREATED", "REJECTED",
                "REJECTED");
        assertThat(result.getString("items[0].claimStatus")).isEqualTo("AUTO_APPROVED");
        assertThat(result.getString("items[1].errors[0].field")).isEqualTo("lines[0].operationCode");
        assertThat(result.getString("items[3].errors[0].field")).isEqualTo("claimNumber");
        assertThat(result.getString("items[4].errors[0].message")).contains("duplicate of item 2");
        assertThat(result.getInt("summary.created")).isEqualTo(2);
        assertThat(result.getInt("summary.rejected")).isEqualTo(3);
        admin().queryParam("stationId", w.station.toString()).get(CLAIMS).then().statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void replaysAreUnchangedOlderVersionsStaleAndASubmittedClaimIsNotEdited() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID visit = w.inWarrantyVisit();
        String draft = TestData.unique("WC");
        String submitted = TestData.unique("WC");
        UUID otherVisit = w.inWarrantyVisit();
        put(w, List.of(item(w, visit, draft, "2026-11-21T00:00:00Z", false),
                item(w, otherVisit, submitted, "2026-11-21T00:00:00Z", true)));
        JsonPath again = put(w, List.of(item(w, visit, draft, "2026-11-21T00:00:00Z", false),
                item(w, visit, draft + "-X", "2026-11-20T00:00:00Z", false)));
        assertThat(again.getList("items.status")).containsExactly("UNCHANGED", "CREATED");
        Map<String, Object> newer = item(w, visit, draft, "2026-11-22T00:00:00Z", false);
        newer.put("lines", List.of(Map.of("kind", "OTHER", "costKind", "TRAVEL", "amount", "80.00")));
        JsonPath later = put(w, List.of(newer, item(w, visit, draft, "2026-11-21T12:00:00Z", false),
                item(w, otherVisit, submitted, "2026-11-23T00:00:00Z", false)));
        assertThat(later.getList("items.status")).containsExactly("UPDATED", "REJECTED", "REJECTED");
        // a number sent twice in one request is refused; a submitted claim keeps its lines
        assertThat(later.getString("items[2].errors[0].field")).isEqualTo("lines");
        String id = later.getString("items[0].claimId");
        admin().get(CLAIMS + "/" + id).then().statusCode(200).body("claimedTotal", equalTo(80.0f));
        JsonPath stale = put(w, List.of(item(w, visit, draft, "2026-11-21T12:00:00Z", false)));
        assertThat(stale.getList("items.status")).containsExactly("STALE");
    }

    @Test
    void aDealerClaimsOnlyItsOwnStationsVisitsAndOnlyWithItsKey() {
        WarrantyFixtures w = new WarrantyFixtures();
        WarrantyFixtures other = new WarrantyFixtures();
        JsonPath result = put(w, List.of(item(w, other.inWarrantyVisit(), TestData.unique("WC"),
                "2026-11-21T00:00:00Z", false)));
        assertThat(result.getString("items[0].status")).isEqualTo("REJECTED");
        assertThat(result.getString("items[0].errors[0].field")).isEqualTo("visitId");
        admin().body(Map.of("items", List.of())).put(BULK).then().statusCode(403);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            tooMany.add(Map.of());
        }
        Tokens.dealer(w.dealer).body(Map.of("items", tooMany)).put(BULK).then().statusCode(400)
                .body("errors[0].field", equalTo("items"));
    }
    @Test
    void eachConstraintOfAnItemStillRejectsItsFieldJustPastItsLimit() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID visit = w.inWarrantyVisit();
        List<String> expected = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        java.util.function.BiConsumer<String, Map<String, Object>> bad = (field, item) -> {
            expected.add(field);
            items.add(item);
        };
        bad.accept("claimNumber", with(w, visit, "claimNumber", "A".repeat(41)));
        bad.accept("claimTypeCode", with(w, visit, "claimTypeCode", " "));
        bad.accept("failureReading", with(w, visit, "failureReading", 10_000_001));
        bad.accept("currency", with(w, visit, "currency", "cny"));
        bad.accept("lines", with(w, visit, "lines", List.of()));
        bad.accept("lines[0].hours", withLine(w, visit, Map.of("kind", "LABOUR", "hours", "1.001")));
        bad.accept("lines[0].quantity", withLine(w, visit, Map.of("kind", "PART", "quantity", "1000.01")));
        bad.accept("lines[0].unitPrice", withLine(w, visit, Map.of("kind", "PART", "unitPrice", "-0.01")));
        bad.accept("lines[0].amount", withLine(w, visit, Map.of("kind", "OTHER", "amount", "0")));
        bad.accept("lines[0].failedSerial", withLine(w, visit, Map.of("kind", "PART", "failedSerial", "S".repeat(61))));
        bad.accept("lines[0].kind", withLine(w, visit, Map.of("description", "no kind")));
        bad.accept("lines[0].amount", withLine(w, visit, Map.of("kind", "OTHER", "costKind", "TRAVEL", "amount",
                "80.500")));
        // the limits themselves are allowed
        items.add(withLine(w, visit, Map.of("kind", "OTHER", "costKind", "TRAVEL", "amount", "1000000.00")));
        JsonPath result = put(w, items);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(result.getString("items[" + i + "].status")).as("item %d", i).isEqualTo("REJECTED");
            assertThat(result.getList("items[" + i + "].errors.field")).as("item %d", i)
                    .containsExactly(expected.get(i));
        }
        assertThat(result.getString("items[" + expected.size() + "].status")).isEqualTo("CREATED");
        // claimNumber's item was the one with the bad number: it is answered under the number it sent
        assertThat(result.getString("items[0].claimNumber")).isEqualTo("A".repeat(41));
    }

    private static Map<String, Object> with(WarrantyFixtures w, UUID visit, String field, Object value) {
        Map<String, Object> item = item(w, visit, TestData.unique("WC"), "2026-11-21T00:00:00Z", false);
        item.put(field, value);
        return item;
    }

    private static Map<String, Object> withLine(WarrantyFixtures w, UUID visit, Map<String, Object> line) {
        return with(w, visit, "lines", List.of(line));
    }
}
