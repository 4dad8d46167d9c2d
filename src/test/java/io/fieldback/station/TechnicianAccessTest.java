package io.fieldback.station;

import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.station.StationFixtures.addTechnician;
import static io.fieldback.station.StationFixtures.technicianBody;
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

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TechnicianAccessTest {

    private static final String TECHNICIANS = "/api/v1/technicians";

    @Test
    void noTokenIsRejectedWith401() {
        assertProblem(StationFixtures.anonymous().get(TECHNICIANS), 401);
    }

    @Test
    void dealerCannotSeeAnotherDealersTechnician() {
        UUID own = TestData.dealer();
        UUID otherStation = TestData.station(TestData.dealer());
        UUID foreign = addTechnician(otherStation);
        assertProblem(dealer(own).get(TECHNICIANS + "/" + foreign), 404);
        dealer(own).queryParam("stationId", otherStation).get(TECHNICIANS).then().statusCode(200)
                .body("items", emptyIterable());
    }

    @Test
    void dealerCannotChangeAnotherDealersTechnician() {
        UUID own = TestData.dealer();
        UUID ownStation = TestData.station(own);
        UUID foreign = addTechnician(TestData.station(TestData.dealer()));
        assertProblem(dealer(own).header("If-Match", "\"0\"").body(technicianBody(ownStation))
                .put(TECHNICIANS + "/" + foreign), 404);
        assertProblem(dealer(own).delete(TECHNICIANS + "/" + foreign), 404);
    }

    @Test
    void dealerCannotAddTechniciansToAnotherDealersStation() {
        UUID own = TestData.dealer();
        UUID foreignStation = TestData.station(TestData.dealer());
        assertInvalid(dealer(own).body(technicianBody(foreignStation)).post(TECHNICIANS), "stationId");
    }

    @Test
    void dealerListsOnlyTechniciansOfItsStations() {
        UUID own = TestData.dealer();
        UUID mine = addTechnician(TestData.station(own));
        addTechnician(TestData.station(TestData.dealer()));
        assertThat(idsByCursor(() -> dealer(own), TECHNICIANS, Map.of(), 500)).containsExactly(mine.toString());
    }

    @Test
    void stationManagerManagesTechniciansOfItsOwnStation() {
        UUID station = TestData.station(TestData.dealer());
        String id = stationManager(station).body(technicianBody(station, "bus")).post(TECHNICIANS).then()
                .statusCode(201).extract().path("id");
        stationManager(station).header("If-Match", "\"0\"").body(technicianBody(station, "truck"))
                .put(TECHNICIANS + "/" + id).then().statusCode(200);
        stationManager(station).delete(TECHNICIANS + "/" + id).then().statusCode(204);
    }

    @Test
    void stationManagerIsConfinedToItsStation() {
        UUID dealer = TestData.dealer();
        UUID own = TestData.station(dealer);
        UUID sibling = TestData.station(dealer);
        UUID mine = addTechnician(own);
        UUID theirs = addTechnician(sibling);
        assertProblem(stationManager(own).get(TECHNICIANS + "/" + theirs), 404);
        assertThat(idsByCursor(() -> stationManager(own), TECHNICIANS, Map.of(), 500))
                .containsExactly(mine.toString());
        assertInvalid(stationManager(own).body(technicianBody(sibling)).post(TECHNICIANS), "stationId");
    }

    @Test
    void stationManagerCannotMoveATechnicianToAnotherStation() {
        UUID dealer = TestData.dealer();
        UUID own = TestData.station(dealer);
        UUID mine = addTechnician(own);
        assertInvalid(stationManager(own).header("If-Match", "\"0\"").body(technicianBody(TestData.station(dealer)))
                .put(TECHNICIANS + "/" + mine), "stationId");
        admin().get(TECHNICIANS + "/" + mine).then().body("stationId", equalTo(own.toString()));
    }

    @Test
    void technicianReadsColleaguesButCannotCreateOrChange() {
        UUID station = TestData.station(TestData.dealer());
        UUID colleague = addTechnician(station);
        technician(station).get(TECHNICIANS + "/" + colleague).then().statusCode(200);
        assertProblem(technician(station).body(technicianBody(station)).post(TECHNICIANS), 403);
        assertProblem(technician(station).header("If-Match", "\"0\"").body(technicianBody(station))
                .put(TECHNICIANS + "/" + colleague), 403);
        assertProblem(technician(station).delete(TECHNICIANS + "/" + colleague), 403);
    }

    @Test
    void technicianCannotSeeAnotherStationsTechnicians() {
        UUID dealer = TestData.dealer();
        UUID own = TestData.station(dealer);
        UUID other = addTechnician(TestData.station(dealer));
        assertProblem(technician(own).get(TECHNICIANS + "/" + other), 404);
    }
}
