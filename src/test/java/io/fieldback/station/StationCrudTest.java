package io.fieldback.station;

import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.near;
import static io.fieldback.station.StationFixtures.stationBody;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class StationCrudTest {

    private static final String STATIONS = "/api/v1/stations";

    @Test
    void createAnswers201WithLocationEtagAndBody() {
        UUID dealer = TestData.dealer();
        Map<String, Object> body = stationBody(dealer, 31.2304, 121.4737);
        body.put("address", "上海市浦东新区张江路 100 号");
        Response response = admin().body(body).post(STATIONS);
        response.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("code", equalTo(body.get("code")))
                .body("dealerId", equalTo(dealer.toString())).body("region", equalTo("EAST"))
                .body("province", equalTo("SH")).body("address", equalTo("上海市浦东新区张江路 100 号"))
                .body("latitude", near(31.2304, 1e-4)).body("longitude", near(121.4737, 1e-4))
                .body("phone", equalTo("+862150501234")).body("open24h", equalTo(true))
                .body("active", equalTo(true));
        assertThat(response.header("Location")).endsWith(STATIONS + "/" + response.path("id"));
    }

    @Test
    void getAnswersTheStationWithItsEtag() {
        UUID id = TestData.station(TestData.dealer());
        admin().get(STATIONS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id.toString()));
    }

    @Test
    void open24hDefaultsToFalse() {
        Map<String, Object> body = stationBody(TestData.dealer(), 31.2, 121.4);
        body.remove("open24h");
        admin().body(body).post(STATIONS).then().statusCode(201).body("open24h", equalTo(false));
    }

    @Test
    void updateReplacesTheDataAndAnswersTheNewEtag() {
        UUID dealer = TestData.dealer();
        UUID id = TestData.station(dealer);
        Map<String, Object> body = stationBody(dealer, 31.2989, 120.5853);
        body.put("name", "苏州工业园区服务站");
        body.put("province", "江苏");
        body.put("open24h", false);
        admin().header("If-Match", "\"0\"").body(body).put(STATIONS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("苏州工业园区服务站"))
                .body("province", equalTo("JS")).body("latitude", near(31.2989, 1e-4))
                .body("open24h", equalTo(false)).body("code", equalTo(body.get("code")));
    }

    @Test
    void adminMayMoveAStationToAnotherDealer() {
        UUID id = TestData.station(TestData.dealer());
        UUID other = TestData.dealer();
        admin().header("If-Match", "\"0\"").body(stationBody(other, 31.2, 121.4)).put(STATIONS + "/" + id).then()
                .statusCode(200).body("dealerId", equalTo(other.toString()));
    }

    @Test
    void deactivatedStationLeavesTheDefaultList() {
        UUID dealer = TestData.dealer();
        UUID id = TestData.station(dealer);
        admin().delete(STATIONS + "/" + id).then().statusCode(204);
        admin().queryParam("dealerId", dealer).get(STATIONS).then().statusCode(200).body("items", emptyIterable());
        admin().queryParam("dealerId", dealer).queryParam("active", false).get(STATIONS).then()
                .body("items.id", contains(id.toString()));
        admin().get(STATIONS + "/" + id).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void listFiltersByDealerRegionAndProvince() {
        UUID dealer = TestData.dealer();
        String shanghai = admin().body(stationBody(dealer, 31.2, 121.4)).post(STATIONS).path("id");
        Map<String, Object> south = stationBody(dealer, 23.1291, 113.2644);
        south.put("region", "SOUTH");
        south.put("province", "广东");
        String guangzhou = admin().body(south).post(STATIONS).path("id");
        admin().queryParam("dealerId", dealer).get(STATIONS).then()
                .body("items.id", containsInAnyOrder(shanghai, guangzhou));
        admin().queryParam("dealerId", dealer).queryParam("region", "SOUTH").get(STATIONS).then()
                .body("items.id", contains(guangzhou));
        admin().queryParam("dealerId", dealer).queryParam("province", "上海").get(STATIONS).then()
                .body("items.id", contains(shanghai));
    }

    @Test
    void duplicateCodeIsRejectedWith409() {
        Map<String, Object> body = stationBody(TestData.dealer(), 31.2, 121.4);
        admin().body(body).post(STATIONS).then().statusCode(201);
        assertProblem(admin().body(body).post(STATIONS), 409);
    }

    @Test
    void takingAnotherStationsCodeOnUpdateIsRejectedWith409() {
        UUID dealer = TestData.dealer();
        Map<String, Object> first = stationBody(dealer, 31.2, 121.4);
        admin().body(first).post(STATIONS).then().statusCode(201);
        UUID second = TestData.station(dealer);
        Map<String, Object> body = stationBody(dealer, 31.2, 121.4);
        body.put("code", first.get("code"));
        assertProblem(admin().header("If-Match", "\"0\"").body(body).put(STATIONS + "/" + second), 409);
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        UUID dealer = TestData.dealer();
        UUID id = TestData.station(dealer);
        admin().header("If-Match", "\"0\"").body(stationBody(dealer, 30.0, 120.0)).put(STATIONS + "/" + id).then()
                .statusCode(200);
        assertProblem(admin().header("If-Match", "\"0\"").body(stationBody(dealer, 29.0, 119.0))
                .put(STATIONS + "/" + id), 412);
        admin().get(STATIONS + "/" + id).then().body("latitude", near(30.0, 1e-4));
    }

    @Test
    void updateWithoutIfMatchIsRejectedWith428() {
        UUID dealer = TestData.dealer();
        UUID id = TestData.station(dealer);
        assertProblem(admin().body(stationBody(dealer, 30.0, 120.0)).put(STATIONS + "/" + id), 428);
    }

    @Test
    void unknownStationIsNotFound() {
        assertProblem(admin().get(STATIONS + "/" + UUID.randomUUID()), 404);
        assertProblem(admin().delete(STATIONS + "/" + UUID.randomUUID()), 404);
    }

    @Test
    void chineseNameWithFourByteCharacterRoundTrips() {
        Map<String, Object> body = stationBody(TestData.dealer(), 31.2, 121.4);
        body.put("name", "𠮷祥服务站（嘉定）");
        String id = admin().body(body).post(STATIONS).then().statusCode(201).extract().path("id");
        admin().get(STATIONS + "/" + id).then().body("name", equalTo("𠮷祥服务站（嘉定）"));
    }

    @Test
    void racingStationsWithOneCodeGetOne201AndOtherwise409() {
        Map<String, Object> body = stationBody(TestData.dealer(), 31.2, 121.4);
        StationFixtures.assertOneCreatedOthersConflict(
                StationFixtures.concurrently(8, () -> admin().body(body).post(STATIONS)));
    }
}
