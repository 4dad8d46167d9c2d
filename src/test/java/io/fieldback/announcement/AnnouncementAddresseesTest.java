package io.fieldback.announcement;

import static io.fieldback.announcement.AnnouncementFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.dealer;
import static io.fieldback.support.Tokens.stationManager;
import static io.fieldback.support.Tokens.technician;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Who an announcement reaches: dealers, regions, product series, all; fixed at publication. */
@QuarkusTest
class AnnouncementAddresseesTest {

    @Test
    void aDealerSelectionReachesThatDealersStationsOnly() {
        UUID dealerA = TestData.dealer();
        UUID dealerB = TestData.dealer();
        UUID stationA = TestData.station(dealerA);
        UUID stationB = TestData.station(dealerB);
        UUID id = AnnouncementFixtures.published(AnnouncementFixtures.toDealers(dealerA));

        admin().get(URL + "/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("stationsAddressed", equalTo(1));
        stationManager(stationA).get(URL + "/" + id).then().statusCode(200).body("title", equalTo("YC6K 喷油器密封圈更换技术通报"));
        technician(stationA).queryParam("limit", 500).get(URL).then().statusCode(200).body("items.id", hasItem(id.toString()));
        dealer(dealerA).get(URL + "/" + id).then().statusCode(200);
        stationManager(stationB).get(URL + "/" + id).then().statusCode(404);
        dealer(dealerB).get(URL + "/" + id).then().statusCode(404);
        stationManager(stationB).queryParam("limit", 500).get(URL).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void aDraftIsSeenByStaffOnly() {
        UUID dealerA = TestData.dealer();
        UUID stationA = TestData.station(dealerA);
        UUID id = AnnouncementFixtures.draft(AnnouncementFixtures.toDealers(dealerA));

        admin().get(URL + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        stationManager(stationA).get(URL + "/" + id).then().statusCode(404);
        stationManager(stationA).post(URL + "/" + id + "/read").then().statusCode(404);
    }

    @Test
    void aRegionIsReachedAsItWasAtPublication() {
        String region = AnnouncementFixtures.newRegion();
        UUID dealerA = TestData.dealer();
        UUID before = AnnouncementFixtures.station(dealerA, region);
        UUID id = AnnouncementFixtures.published(AnnouncementFixtures.toRegions(region));
        // a station that opens in the region after publication is not addressed by the earlier notice
        UUID after = AnnouncementFixtures.station(dealerA, region);

        stationManager(before).get(URL + "/" + id).then().statusCode(200);
        stationManager(after).get(URL + "/" + id).then().statusCode(404);
        admin().get(URL + "/" + id + "/unread").then().statusCode(200).body("stationsAddressed", equalTo(1))
                .body("notRead.stationId", equalTo(List.of(before.toString())));
        // a notice published now reaches both
        UUID later = AnnouncementFixtures.published(AnnouncementFixtures.toRegions(region));
        admin().get(URL + "/" + later).then().body("stationsAddressed", equalTo(2));
        stationManager(after).get(URL + "/" + later).then().statusCode(200);
    }

    @Test
    void aProductSeriesReachesTheStationsThatServicedIt() {
        String series = TestData.unique("S").toUpperCase();
        UUID dealerA = TestData.dealer();
        UUID serviced = TestData.station(dealerA);
        UUID other = TestData.station(dealerA);
        AnnouncementFixtures.serviced(serviced, dealerA, series);
        AnnouncementFixtures.serviced(other, dealerA, series + "X");

        UUID id = AnnouncementFixtures.published(Map.of("productSeries", List.of(series)));

        admin().get(URL + "/" + id).then().body("stationsAddressed", equalTo(1))
                .body("addressees.productSeries", equalTo(List.of(series)));
        stationManager(serviced).get(URL + "/" + id).then().statusCode(200);
        stationManager(other).get(URL + "/" + id).then().statusCode(404);
    }

    @Test
    void selectorsAddUp() {
        String region = AnnouncementFixtures.newRegion();
        UUID dealerA = TestData.dealer();
        UUID dealerB = TestData.dealer();
        UUID inRegion = AnnouncementFixtures.station(dealerB, region);
        UUID ofDealer = TestData.station(dealerA);
        UUID neither = TestData.station(dealerB);

        UUID id = AnnouncementFixtures.published(Map.of("dealerIds", List.of(dealerA.toString()), "regions",
                List.of(region)));

        admin().get(URL + "/" + id).then().body("stationsAddressed", equalTo(2));
        stationManager(inRegion).get(URL + "/" + id).then().statusCode(200);
        stationManager(ofDealer).get(URL + "/" + id).then().statusCode(200);
        stationManager(neither).get(URL + "/" + id).then().statusCode(404);
    }

    @Test
    void allStationsReachesANewDealersStation() {
        UUID station = TestData.station(TestData.dealer());
        UUID id = AnnouncementFixtures.published(Map.of("allStations", true));

        stationManager(station).get(URL + "/" + id).then().statusCode(200);
        admin().get(URL + "/" + id).then().body("addressees.allStations", equalTo(true));
    }
}
