package io.fieldback.station;

import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.near;
import static io.fieldback.station.StationFixtures.station;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.dealer;
import static io.fieldback.support.Tokens.stationManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Each test runs as a fresh dealer, which only sees its own stations, so stations other tests put at
 * the same places do not show up.
 */
@QuarkusTest
class NearestStationsTest {

    private static final String NEAREST = "/api/v1/stations/nearest";
    private static final double[] SHANGHAI = { 31.2304, 121.4737 };
    private static final double[] SUZHOU = { 31.2989, 120.5853 };
    private static final double[] HANGZHOU = { 30.2741, 120.1551 };
    private static final double[] BEIJING = { 39.9042, 116.4074 };

    private static String at(UUID dealer, double[] place) {
        return station(dealer, place[0], place[1]).toString();
    }

    private static RequestSpecification from(RequestSpecification caller, double[] place) {
        return caller.queryParam("latitude", place[0]).queryParam("longitude", place[1]);
    }

    @Test
    void stationsComeNearestFirstWithTheirDistance() {
        UUID dealer = TestData.dealer();
        String hangzhou = at(dealer, HANGZHOU);
        String shanghai = at(dealer, SHANGHAI);
        String suzhou = at(dealer, SUZHOU);
        from(dealer(dealer), SHANGHAI).queryParam("radiusKm", 200).get(NEAREST).then().statusCode(200)
                .body("items.station.id", contains(shanghai, suzhou, hangzhou))
                .body("items[0].distanceKm", near(0.0, 0.01))
                .body("items[1].distanceKm", near(84.8, 1.0))
                .body("items[2].distanceKm", near(164.9, 1.0));
    }

    @Test
    void shanghaiToSuzhouIsAbout85Km() {
        UUID dealer = TestData.dealer();
        at(dealer, SUZHOU);
        float km = from(dealer(dealer), SHANGHAI).queryParam("radiusKm", 100).get(NEAREST).then().statusCode(200)
                .extract().path("items[0].distanceKm");
        assertThat((double) km).isBetween(80.0, 90.0);
    }

    @Test
    void radiusExcludesFartherStations() {
        UUID dealer = TestData.dealer();
        String suzhou = at(dealer, SUZHOU);
        at(dealer, HANGZHOU);
        at(dealer, BEIJING);
        from(dealer(dealer), SHANGHAI).queryParam("radiusKm", 100).get(NEAREST).then().statusCode(200)
                .body("items.station.id", contains(suzhou));
    }

    @Test
    void defaultRadiusIs50Km() {
        UUID dealer = TestData.dealer();
        String pudong = station(dealer, 31.2214, 121.5447).toString();
        at(dealer, SUZHOU);
        from(dealer(dealer), SHANGHAI).get(NEAREST).then().statusCode(200).body("items.station.id", contains(pudong));
    }

    @Test
    void limitKeepsTheNearestOnes() {
        UUID dealer = TestData.dealer();
        at(dealer, HANGZHOU);
        String suzhou = at(dealer, SUZHOU);
        String shanghai = at(dealer, SHANGHAI);
        from(dealer(dealer), SHANGHAI).queryParam("radiusKm", 500).queryParam("limit", 2).get(NEAREST).then()
                .statusCode(200).body("items.station.id", contains(shanghai, suzhou));
    }

    @Test
    void inactiveStationsAreLeftOut() {
        UUID dealer = TestData.dealer();
        String shanghai = at(dealer, SHANGHAI);
        String suzhou = at(dealer, SUZHOU);
        admin().delete("/api/v1/stations/" + shanghai).then().statusCode(204);
        from(dealer(dealer), SHANGHAI).queryParam("radiusKm", 100).get(NEAREST).then().statusCode(200)
                .body("items.station.id", contains(suzhou));
    }

    @Test
    void nothingNearbyAnswersAnEmptyList() {
        UUID dealer = TestData.dealer();
        at(dealer, BEIJING);
        from(dealer(dealer), SHANGHAI).queryParam("radiusKm", 10).get(NEAREST).then().statusCode(200)
                .body("items", emptyIterable());
    }

    @Test
    void stationsAcrossTheAntimeridianAreFound() {
        UUID dealer = TestData.dealer();
        String fiji = station(dealer, -17.7, 179.9).toString();
        dealer(dealer).queryParam("latitude", -17.7).queryParam("longitude", -179.9).queryParam("radiusKm", 50)
                .get(NEAREST).then().statusCode(200).body("items.station.id", contains(fiji))
                .body("items[0].distanceKm", near(21.2, 0.5));
    }

    @Test
    void stationAtTheEasternEdgeOfALargeRadiusIsFound() {
        UUID dealer = TestData.dealer();
        String edge = station(dealer, 33.014, 142.5345).toString();
        from(dealer(dealer), SHANGHAI).queryParam("radiusKm", 2000).get(NEAREST).then().statusCode(200)
                .body("items.station.id", contains(edge)).body("items[0].distanceKm", near(1989.9, 0.5));
    }

    @Test
    void stationFarInLongitudeButNearInKilometresAtHighLatitudeIsFound() {
        UUID dealer = TestData.dealer();
        String north = station(dealer, 89.7477, 59.6949).toString();
        dealer(dealer).queryParam("latitude", 89.5).queryParam("longitude", 0).queryParam("radiusKm", 50)
                .get(NEAREST).then().statusCode(200).body("items.station.id", contains(north))
                .body("items[0].distanceKm", near(48.0, 0.5));
    }

    @Test
    void stationsNearThePoleAreFoundWhateverTheirLongitude() {
        UUID dealer = TestData.dealer();
        String across = station(dealer, 89.9, -175.0).toString();
        dealer(dealer).queryParam("latitude", 89.9).queryParam("longitude", 10.0).queryParam("radiusKm", 50)
                .get(NEAREST).then().statusCode(200).body("items.station.id", contains(across));
    }

    @Test
    void stationManagerFindsOnlyItsOwnStation() {
        UUID dealer = TestData.dealer();
        String shanghai = at(dealer, SHANGHAI);
        at(dealer, SUZHOU);
        List<String> ids = from(stationManager(UUID.fromString(shanghai)), SHANGHAI).queryParam("radiusKm", 500)
                .get(NEAREST).then().statusCode(200).extract().path("items.station.id");
        assertThat(ids).containsExactly(shanghai);
    }

    @Test
    void missingLatitudeIsRejected() {
        assertInvalid(admin().queryParam("longitude", 121.4).get(NEAREST), "latitude");
    }

    @Test
    void latitudeOutOfRangeIsRejected() {
        assertInvalid(admin().queryParam("latitude", 91).queryParam("longitude", 121.4).get(NEAREST), "latitude");
    }

    @Test
    void longitudeOutOfRangeIsRejected() {
        assertInvalid(admin().queryParam("latitude", 31).queryParam("longitude", -180.5).get(NEAREST), "longitude");
    }

    @Test
    void nonPositiveRadiusIsRejected() {
        assertInvalid(from(admin(), SHANGHAI).queryParam("radiusKm", 0).get(NEAREST), "radiusKm");
    }

    @Test
    void limitAbove100IsRejected() {
        assertInvalid(from(admin(), SHANGHAI).queryParam("limit", 101).get(NEAREST), "limit");
    }
}
