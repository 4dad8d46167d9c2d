package io.fieldback.campaign;

import static io.fieldback.campaign.CampaignFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Campaigns that cannot be: clear 4xx problems, and nothing stored. */
@QuarkusTest
class CampaignBadInputTest {

    private CampaignFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void network() {
        f = new CampaignFixtures();  // not a field initialiser: the test instance exists before the app listens
    }

    private void refused(Map<String, Object> body, int status, String field, String detail) {
        admin().body(body).post(URL).then().statusCode(status).body("detail", containsString(detail));
        admin().queryParam("productSeries", f.series).get(URL).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void invertedEmptyOrUnknownRangesAreRefusedAndNothingIsStored() {
        f.machine(f.east, 5, "2026-02-01");
        refused(f.body(6, 2, null, "2099-12-31"), 400, "serialTo", "inverted");
        refused(f.body(7, 9, null, "2099-12-31"), 400, "serialFrom", "empty");
        Map<String, Object> blank = f.body(1, 9, null, "2099-12-31");
        blank.put("serialFrom", "");
        refused(blank, 400, "serialFrom", "serialFrom");
        Map<String, Object> dates = f.body(1, 9, null, "2099-12-31");
        dates.put("deliveredFrom", "2026-06-01");
        dates.put("deliveredTo", "2026-01-01");
        refused(dates, 400, "deliveredTo", "inverted");
        refused(f.body(1, 9, "MARS", "2099-12-31"), 400, "region", "MARS");
        Map<String, Object> kind = f.body(1, 9, null, "2099-12-31");
        kind.put("kind", "PARTY");
        admin().body(kind).post(URL).then().statusCode(400);
        Map<String, Object> series = f.body(1, 9, null, "2099-12-31");
        series.put("productSeries", TestData.unique("NONE"));
        admin().body(series).post(URL).then().statusCode(400).body("detail", containsString("no machine"));
    }

    @Test
    void aSecondCampaignWithTheSameCodeIsAConflict() {
        f.machine(f.east, 1, "2026-02-01");
        Map<String, Object> body = f.body(1, 1, null, "2099-12-31");
        f.campaign(body);
        admin().body(body).post(URL).then().statusCode(409);
    }

    @Test
    void notifyingBeforeTheStartIsAConflictAndUnknownCampaignsAre404() {
        f.machine(f.east, 1, "2026-02-01");
        var campaign = f.campaign(f.body(1, 1, null, "2099-12-31"));
        admin().post(URL + "/" + campaign + "/notify").then().statusCode(409);
        admin().post(URL + "/" + java.util.UUID.randomUUID() + "/start").then().statusCode(404);
        admin().get(CampaignFixtures.ITEMS + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
