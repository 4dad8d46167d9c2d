package io.fieldback.station;

import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.station.StationFixtures.stationBody;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.dealer;
import static io.fieldback.support.Tokens.stationManager;
import static io.fieldback.support.Tokens.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StationTenancyTest {

    private static final String STATIONS = "/api/v1/stations";

    @Test
    void noTokenIsRejectedWith401() {
        assertProblem(StationFixtures.anonymous().get(STATIONS), 401);
    }

    @Test
    void dealerCreatesStationsForItselfWhateverTheBodySays() {
        UUID own = TestData.dealer();
        UUID other = TestData.dealer();
        dealer(own).body(stationBody(other, 31.2, 121.4)).post(STATIONS).then().statusCode(201)
                .body("dealerId", equalTo(own.toString()));
        Map<String, Object> noDealer = stationBody(other, 31.2, 121.4);
        noDealer.remove("dealerId");
        dealer(own).body(noDealer).post(STATIONS).then().statusCode(201).body("dealerId", equalTo(own.toString()));
    }

    @Test
    void dealerCannotSeeAnotherDealersStation() {
        UUID own = TestData.dealer();
        UUID foreign = TestData.station(TestData.dealer());
        assertProblem(dealer(own).get(STATIONS + "/" + foreign), 404);
    }

    @Test
    void dealerCannotUpdateOrDeactivateAnotherDealersStation() {
        UUID own = TestData.dealer();
        UUID otherDealer = TestData.dealer();
        UUID foreign = TestData.station(otherDealer);
        assertProblem(dealer(own).header("If-Match", "\"0\"").body(stationBody(own, 31.2, 121.4))
                .put(STATIONS + "/" + foreign), 404);
        assertProblem(dealer(own).delete(STATIONS + "/" + foreign), 404);
        admin().get(STATIONS + "/" + foreign).then().body("active", equalTo(true)).body("version", equalTo(0));
    }

    @Test
    void dealerListsOnlyItsOwnStations() {
        UUID own = TestData.dealer();
        UUID mine = TestData.station(own);
        UUID otherDealer = TestData.dealer();
        TestData.station(otherDealer);
        assertThat(idsByCursor(() -> dealer(own), STATIONS, Map.of(), 500)).containsExactly(mine.toString());
        dealer(own).queryParam("dealerId", otherDealer).get(STATIONS).then().statusCode(200)
                .body("items", emptyIterable());
    }

    @Test
    void dealerCannotMoveItsStationToAnotherDealer() {
        UUID own = TestData.dealer();
        UUID station = TestData.station(own);
        dealer(own).header("If-Match", "\"0\"").body(stationBody(TestData.dealer(), 31.2, 121.4))
                .put(STATIONS + "/" + station).then().statusCode(200).body("dealerId", equalTo(own.toString()));
    }

    @Test
    void dealerDeactivatesItsOwnStation() {
        UUID own = TestData.dealer();
        UUID station = TestData.station(own);
        dealer(own).delete(STATIONS + "/" + station).then().statusCode(204);
        admin().get(STATIONS + "/" + station).then().body("active", equalTo(false));
    }

    @Test
    void stationManagerSeesOnlyItsOwnStation() {
        UUID dealer = TestData.dealer();
        UUID own = TestData.station(dealer);
        UUID sibling = TestData.station(dealer);
        stationManager(own).get(STATIONS + "/" + own).then().statusCode(200);
        assertProblem(stationManager(own).get(STATIONS + "/" + sibling), 404);
        assertThat(idsByCursor(() -> stationManager(own), STATIONS, Map.of(), 500)).containsExactly(own.toString());
    }

    @Test
    void stationManagerUpdatesItsOwnStationButNoOther() {
        UUID dealer = TestData.dealer();
        UUID own = TestData.station(dealer);
        UUID sibling = TestData.station(dealer);
        Map<String, Object> body = stationBody(dealer, 31.3, 121.5);
        body.put("name", "新名字服务站");
        stationManager(own).header("If-Match", "\"0\"").body(body).put(STATIONS + "/" + own).then().statusCode(200)
                .body("name", equalTo("新名字服务站"));
        assertProblem(stationManager(own).header("If-Match", "\"0\"").body(stationBody(dealer, 31.3, 121.5))
                .put(STATIONS + "/" + sibling), 404);
    }

    @Test
    void stationManagerMayNotCreateOrDeactivateStations() {
        UUID dealer = TestData.dealer();
        UUID own = TestData.station(dealer);
        assertProblem(stationManager(own).body(stationBody(dealer, 31.2, 121.4)).post(STATIONS), 403);
        assertProblem(stationManager(own).delete(STATIONS + "/" + own), 403);
    }

    @Test
    void technicianReadsItsStationButMayNotChangeIt() {
        UUID dealer = TestData.dealer();
        UUID own = TestData.station(dealer);
        technician(own).get(STATIONS + "/" + own).then().statusCode(200);
        assertProblem(technician(own).get(STATIONS + "/" + TestData.station(dealer)), 404);
        assertProblem(technician(own).header("If-Match", "\"0\"").body(stationBody(dealer, 31.2, 121.4))
                .put(STATIONS + "/" + own), 403);
        assertProblem(technician(own).body(stationBody(dealer, 31.2, 121.4)).post(STATIONS), 403);
    }

    @Test
    void vendorMayNotReadStations() {
        assertProblem(Tokens.as(Roles.VENDOR).get(STATIONS), 403);
    }

    @Test
    void analystReadsEveryDealersStations() {
        UUID dealer = TestData.dealer();
        UUID station = TestData.station(dealer);
        Tokens.as(Roles.ANALYST).get(STATIONS + "/" + station).then().statusCode(200);
        assertProblem(Tokens.as(Roles.ANALYST).body(stationBody(dealer, 31.2, 121.4)).post(STATIONS), 403);
    }
}
