package io.fieldback.announcement;

import static io.fieldback.announcement.AnnouncementFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.stationManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Documents go through the attachment storage; only a draft takes them; a station downloads what reached it. */
@QuarkusTest
class AnnouncementAttachmentTest {

    private static io.restassured.response.Response upload(UUID id, byte[] file) {
        return admin().contentType("application/pdf").queryParam("fileName", "技术通报-2026-12.pdf").body(file)
                .post(URL + "/" + id + "/attachments");
    }

    @Test
    void aStationDownloadsTheDocumentOfANoticeThatReachedIt() {
        UUID dealerA = TestData.dealer();
        UUID station = TestData.station(dealerA);
        UUID otherStation = TestData.station(TestData.dealer());
        UUID id = AnnouncementFixtures.draft(AnnouncementFixtures.toDealers(dealerA));
        String file = upload(id, AnnouncementFixtures.PDF).then().statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(AnnouncementFixtures.PDF.length)).extract().path("id");
        admin().post(URL + "/" + id + "/publish").then().statusCode(200).body("attachments[0].id", equalTo(file));

        byte[] downloaded = stationManager(station).get(URL + "/" + id + "/attachments/" + file).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(AnnouncementFixtures.PDF);
        stationManager(otherStation).get(URL + "/" + id + "/attachments/" + file).then().statusCode(404);
        stationManager(station).get(URL + "/" + id + "/attachments/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aPublishedNoticeTakesNoMoreDocuments() {
        UUID dealerA = TestData.dealer();
        TestData.station(dealerA);
        UUID id = AnnouncementFixtures.published(AnnouncementFixtures.toDealers(dealerA));
        upload(id, AnnouncementFixtures.PDF).then().statusCode(409);
    }

    @Test
    void aFileThatIsNotADocumentIsRefused() {
        UUID id = AnnouncementFixtures.draft(AnnouncementFixtures.toDealers(TestData.dealer()));
        upload(id, "just some text".getBytes()).then().statusCode(415);
        upload(id, new byte[0]).then().statusCode(400);
        admin().contentType("application/pdf").body(AnnouncementFixtures.PDF).post(URL + "/" + id + "/attachments")
                .then().statusCode(400); // no fileName
        admin().get(URL + "/" + id).then().body("attachments.size()", equalTo(0));
    }
}
