package io.fieldback.announcement;

import static io.fieldback.announcement.AnnouncementFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Bad announcements are refused with a problem naming the field, and nothing is stored. */
@QuarkusTest
class AnnouncementBadInputTest {

    private static void refused(Map<String, Object> body, String field, String message) {
        admin().body(body).post(URL).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("detail", containsString(message));
    }

    @Test
    void noAddresseeIsRefused() {
        refused(AnnouncementFixtures.body(Map.of()), "addressees", "no addressee");
        refused(AnnouncementFixtures.body(Map.of("allStations", false, "regions", List.of())), "addressees",
                "no addressee");
    }

    @Test
    void allStationsAndASelectionIsRefused() {
        refused(AnnouncementFixtures.body(Map.of("allStations", true, "regions", List.of("EAST"))), "addressees",
                "not both");
    }

    @Test
    void anUnknownRegionOrDealerIsRefused() {
        refused(AnnouncementFixtures.body(AnnouncementFixtures.toRegions("ATLANTIS")), "addressees.regions",
                "'ATLANTIS' is not a region");
        refused(AnnouncementFixtures.body(AnnouncementFixtures.toDealers(UUID.randomUUID())),
                "addressees.dealerIds", "no dealer");
    }

    @Test
    void aDueDateInThePastIsRefused() {
        Map<String, Object> body = new HashMap<>(AnnouncementFixtures.body(Map.of("allStations", true)));
        body.put("dueDate", AnnouncementFixtures.today().minusDays(1).toString());
        refused(body, "dueDate", "in the past");
    }

    @Test
    void aMandatoryNoticeNeedsADueDate() {
        Map<String, Object> body = new HashMap<>(AnnouncementFixtures.body(Map.of("allStations", true)));
        body.remove("dueDate");
        refused(body, "dueDate", "mandatory");
    }

    @Test
    void missingTitleAndUnknownKindAreRefused() {
        Map<String, Object> body = new HashMap<>(AnnouncementFixtures.body(Map.of("allStations", true)));
        body.remove("title");
        admin().body(body).post(URL).then().statusCode(400);
        body.put("title", "通知");
        body.put("kind", "GOSSIP");
        admin().body(body).post(URL).then().statusCode(400);
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        UUID draft = AnnouncementFixtures.draft(AnnouncementFixtures.toDealers(TestData.dealer()));
        admin().post(URL + "/" + draft + "/withdraw").then().statusCode(409).body("detail", containsString("DRAFT"));
        // the dealer has no station: publishing would reach nobody
        admin().post(URL + "/" + draft + "/publish").then().statusCode(409)
                .body("detail", containsString("no active station"));
        admin().get(URL + "/" + draft).then().body("status", equalTo("DRAFT"));

        UUID published = AnnouncementFixtures.published(Map.of("allStations", true));
        admin().post(URL + "/" + published + "/publish").then().statusCode(409);
        admin().post(URL + "/" + published + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        admin().post(URL + "/" + published + "/withdraw").then().statusCode(409);
    }

    @Test
    void unknownIdsAre404() {
        admin().get(URL + "/" + UUID.randomUUID()).then().statusCode(404);
        admin().post(URL + "/" + UUID.randomUUID() + "/publish").then().statusCode(404);
        admin().get(URL + "/" + UUID.randomUUID() + "/unread").then().statusCode(404);
    }
}
