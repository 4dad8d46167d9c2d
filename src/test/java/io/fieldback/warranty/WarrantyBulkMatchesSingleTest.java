package io.fieldback.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The bulk PUT reads coverage, machines and campaigns for the whole request at once; it must answer each item
 * exactly as a PUT of that item alone does. Two twin sets of the same cases (fresh machines each, so no claim
 * duplicates another): one sent as one request, the other one item per request.
 */
@QuarkusTest
class WarrantyBulkMatchesSingleTest {

    private static final String BULK = "/api/v1/dealer/warranty-claims";

    /** One set of cases, in request order; its own machines and visits. */
    private static List<Map<String, Object>> cases(WarrantyFixtures w, String campaignType, UUID inRange,
            UUID outOfRange) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item(w, w.inWarrantyVisit(), null));                                   // covered
        UUID pastHours = w.completedVisit(w.machine("2027-03-17", 2000), 2100);
        items.add(item(w, pastHours, null));                                              // not covered, standard
        items.add(item(w, w.completedVisit(w.machine("2027-03-17", 2000), 2100), w.goodwill)); // paid anyway
        items.add(item(w, w.completedVisit(w.machine("2026-10-31", 5000), 300), null));   // past the date
        items.add(item(w, UuidV7.next(), null));                                          // no such visit
        items.add(item(w, w.completedVisit(null, 100), null));                            // visit names no machine
        items.add(item(w, w.completedVisit(inRange, 100), campaignType));                 // campaign covers it
        items.add(item(w, w.completedVisit(outOfRange, 100), campaignType));              // campaign does not
        return items;
    }

    private static Map<String, Object> item(WarrantyFixtures w, UUID visit, String type) {
        Map<String, Object> item = new HashMap<>(w.claim(visit, TestData.unique("WM")));
        if (type != null) {
            item.put("claimTypeCode", type);
        }
        item.put("updatedAt", "2026-11-21T00:00:00Z");
        item.put("submit", true);
        return item;
    }

    /** Status, claim status and the fields named in errors: what a dealer system acts on. */
    private static List<String> answers(JsonPath result) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < result.getList("items").size(); i++) {
            answers.add(result.getString("items[" + i + "].status") + " " + result.getString("items[" + i
                    + "].claimStatus") + " " + result.getList("items[" + i + "].errors.field"));
        }
        return answers;
    }

    @Test
    void aBulkPutAnswersEachItemAsAPutOfThatItemAlone() {
        WarrantyFixtures w = new WarrantyFixtures();
        List<UUID> inRange = List.of(w.machine("2027-03-17", 5000), w.machine("2027-03-17", 5000));
        List<UUID> outOfRange = List.of(w.machine("2025-08-01", "2027-07-31", 5000),
                w.machine("2025-08-01", "2027-07-31", 5000));
        String campaignType = TestData.unique("CT");
        WarrantyFixtures.type(campaignType, "CAMPAIGN", w.campaign("2025-03-01", "2025-03-31"));
        List<Map<String, Object>> bulk = cases(w, campaignType, inRange.get(0), outOfRange.get(0));
        List<Map<String, Object>> singles = cases(w, campaignType, inRange.get(1), outOfRange.get(1));

        JsonPath together = w.dealerSystem().body(Map.of("items", bulk)).put(BULK).then().statusCode(200).extract()
                .jsonPath();
        List<String> alone = new ArrayList<>();
        for (Map<String, Object> item : singles) {
            alone.addAll(answers(w.dealerSystem().body(Map.of("items", List.of(item))).put(BULK).then()
                    .statusCode(200).extract().jsonPath()));
        }
        assertThat(answers(together)).containsExactly(
                "CREATED AUTO_APPROVED []",
                "REJECTED null [claimTypeCode]",
                alone.get(2),
                "REJECTED null [claimTypeCode]",
                "REJECTED null [visitId]",
                "REJECTED null [visitId]",
                alone.get(6),
                "REJECTED null [claimTypeCode]");
        assertThat(alone.get(2)).startsWith("CREATED ");
        assertThat(alone.get(6)).startsWith("CREATED ");
        assertThat(answers(together)).isEqualTo(alone);
        assertThat(together.getString("items[7].errors[0].message")).contains("does not cover machine");
        assertThat(together.getInt("summary.created")).isEqualTo(3);
        assertThat(together.getInt("summary.rejected")).isEqualTo(5);
    }
}
