package io.fieldback.announcement;

import static io.fieldback.announcement.AnnouncementFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.stationManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvent;
import io.fieldback.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A draft is edited (If-Match) and deleted; what was published stays as it went out; publication is an event. */
@QuarkusTest
class AnnouncementDraftTest {

    private static String etag(UUID id) {
        return admin().get(URL + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static List<DomainEvent> published(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> DomainEvent.<DomainEvent>list(
                "topic = ?1 and aggregateId = ?2", AnnouncementPublished.TOPIC, id));
    }

    @Test
    void aDraftIsReplacedUnderIfMatchAndABadEditChangesNothing() {
        UUID id = AnnouncementFixtures.draft(AnnouncementFixtures.toDealers(TestData.dealer()));
        String region = AnnouncementFixtures.newRegion();
        Map<String, Object> edit = AnnouncementFixtures.body(AnnouncementFixtures.toRegions(region));
        edit.put("title", "YC6K 喷油器密封圈更换技术通报（修订）");
        String tag = etag(id);

        admin().body(edit).put(URL + "/" + id).then().statusCode(428);
        admin().header("If-Match", "\"999\"").body(edit).put(URL + "/" + id).then().statusCode(412);
        Map<String, Object> nobody = AnnouncementFixtures.body(Map.of());
        admin().header("If-Match", tag).body(nobody).put(URL + "/" + id).then().statusCode(400)
                .contentType("application/problem+json");
        admin().header("If-Match", tag).body(edit).put(URL + "/" + id).then().statusCode(200)
                .body("title", equalTo("YC6K 喷油器密封圈更换技术通报（修订）")).body("status", equalTo("DRAFT"))
                .body("addressees.regions", contains(region)).body("addressees.dealerIds.size()", equalTo(0));
        admin().header("If-Match", tag).body(edit).put(URL + "/" + id).then().statusCode(412);  // the tag moved on
    }

    @Test
    void aDraftIsDeletedWithItsDocuments() {
        UUID id = AnnouncementFixtures.draft(AnnouncementFixtures.toDealers(TestData.dealer()));
        String file = admin().contentType("application/pdf").queryParam("fileName", "通报.pdf")
                .body(AnnouncementFixtures.PDF).post(URL + "/" + id + "/attachments").then().statusCode(201)
                .extract().path("id");
        stationManager(TestData.station(TestData.dealer())).delete(URL + "/" + id).then().statusCode(403);

        admin().delete(URL + "/" + id).then().statusCode(204);
        admin().get(URL + "/" + id).then().statusCode(404);
        admin().get(URL + "/" + id + "/attachments/" + file).then().statusCode(404);
        admin().delete(URL + "/" + id).then().statusCode(404);
    }

    @Test
    void aPublishedOrWithdrawnNoticeIsNeitherEditedNorDeleted() {
        UUID dealer = TestData.dealer();
        TestData.station(dealer);
        UUID id = AnnouncementFixtures.published(AnnouncementFixtures.toDealers(dealer));
        Map<String, Object> edit = AnnouncementFixtures.body(AnnouncementFixtures.toDealers(dealer));
        edit.put("title", "改过的标题");

        admin().header("If-Match", etag(id)).body(edit).put(URL + "/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        admin().delete(URL + "/" + id).then().statusCode(409);
        admin().post(URL + "/" + id + "/withdraw").then().statusCode(200);
        admin().header("If-Match", etag(id)).body(edit).put(URL + "/" + id).then().statusCode(409);
        admin().delete(URL + "/" + id).then().statusCode(409);
        admin().get(URL + "/" + id).then().statusCode(200).body("title", equalTo("YC6K 喷油器密封圈更换技术通报"))
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void publishingRecordsOneEventWithTheStationsItReached() {
        UUID dealer = TestData.dealer();
        TestData.station(dealer);
        TestData.station(dealer);
        UUID id = AnnouncementFixtures.draft(AnnouncementFixtures.toDealers(dealer));
        assertThat(published(id)).isEmpty();

        admin().post(URL + "/" + id + "/publish").then().statusCode(200).body("stationsAddressed", equalTo(2));
        admin().post(URL + "/" + id + "/publish").then().statusCode(409);

        List<DomainEvent> events = published(id);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).dealerId).isNull();  // network-wide: the notice is the manufacturer's
        assertThat(events.get(0).payload).contains("\"stationsAddressed\":2").contains("\"mandatory\":true")
                .contains("\"kind\":\"TECHNICAL_BULLETIN\"");
    }
}
