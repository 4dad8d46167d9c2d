package io.fieldback.station;

import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.chinese;
import static io.fieldback.station.StationFixtures.addTechnician;
import static io.fieldback.station.StationFixtures.technicianBody;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TechnicianTest {

    private static final String TECHNICIANS = "/api/v1/technicians";

    private static Response post(String field, Object value) {
        Map<String, Object> body = technicianBody(TestData.station(TestData.dealer()), "heavy-duty-diesel");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return admin().body(body).post(TECHNICIANS);
    }

    @Test
    void createAnswers201WithLocationEtagAndBody() {
        UUID station = TestData.station(TestData.dealer());
        Response response = admin().body(technicianBody(station, "generator-set", "heavy-duty-diesel"))
                .post(TECHNICIANS);
        response.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("stationId", equalTo(station.toString()))
                .body("name", equalTo("王建国")).body("phone", equalTo("+8613812345678"))
                .body("productLines", contains("generator-set", "heavy-duty-diesel")).body("active", equalTo(true));
        assertThat(response.header("Location")).endsWith(TECHNICIANS + "/" + response.path("id"));
    }

    @Test
    void getAnswersTheTechnicianWithItsEtag() {
        UUID id = addTechnician(TestData.station(TestData.dealer()), "marine");
        admin().get(TECHNICIANS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("productLines", contains("marine"));
    }

    @Test
    void updateReplacesNameAndProductLines() {
        UUID station = TestData.station(TestData.dealer());
        UUID id = addTechnician(station, "marine", "bus");
        Map<String, Object> body = technicianBody(station, "truck");
        body.put("name", "李𠮷祥");
        admin().header("If-Match", "\"0\"").body(body).put(TECHNICIANS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("李𠮷祥")).body("productLines", contains("truck"));
        admin().get(TECHNICIANS + "/" + id).then().body("name", equalTo("李𠮷祥")).body("productLines", contains("truck"));
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        UUID station = TestData.station(TestData.dealer());
        UUID id = addTechnician(station);
        admin().header("If-Match", "\"0\"").body(technicianBody(station, "bus")).put(TECHNICIANS + "/" + id).then()
                .statusCode(200);
        assertProblem(admin().header("If-Match", "\"0\"").body(technicianBody(station, "rail"))
                .put(TECHNICIANS + "/" + id), 412);
    }

    @Test
    void updateWithoutIfMatchIsRejectedWith428() {
        UUID station = TestData.station(TestData.dealer());
        UUID id = addTechnician(station);
        assertProblem(admin().body(technicianBody(station)).put(TECHNICIANS + "/" + id), 428);
    }

    @Test
    void deactivatedTechnicianLeavesTheDefaultList() {
        UUID station = TestData.station(TestData.dealer());
        UUID id = addTechnician(station);
        admin().delete(TECHNICIANS + "/" + id).then().statusCode(204);
        admin().queryParam("stationId", station).get(TECHNICIANS).then().body("items", emptyIterable());
        admin().queryParam("stationId", station).queryParam("active", false).get(TECHNICIANS).then()
                .body("items.id", contains(id.toString()));
    }

    @Test
    void listFiltersByStationAndProductLine() {
        UUID station = TestData.station(TestData.dealer());
        UUID diesel = addTechnician(station, "heavy-duty-diesel", "bus");
        UUID marine = addTechnician(station, "marine");
        addTechnician(TestData.station(TestData.dealer()), "marine");
        admin().queryParam("stationId", station).get(TECHNICIANS).then()
                .body("items.id", containsInAnyOrder(diesel.toString(), marine.toString()));
        admin().queryParam("stationId", station).queryParam("productLine", "marine").get(TECHNICIANS).then()
                .body("items.id", contains(marine.toString()));
    }

    @Test
    void missingStationIsRejected() {
        assertInvalid(post("stationId", null), "stationId");
    }

    @Test
    void unknownStationIsRejected() {
        assertInvalid(post("stationId", UUID.randomUUID().toString()), "stationId");
    }

    @Test
    void missingNameIsRejected() {
        assertInvalid(post("name", null), "name");
    }

    @Test
    void nameLongerThan100CharactersIsRejectedAnd100IsAccepted() {
        assertInvalid(post("name", chinese(101)), "name");
        post("name", chinese(100)).then().statusCode(201);
    }

    @Test
    void badPhoneIsRejected() {
        assertInvalid(post("phone", "13812345678"), "phone");
        assertInvalid(post("phone", "+86 138 1234 5678"), "phone");
    }

    @Test
    void productLineLongerThan64CharactersIsRejected() {
        assertInvalid(post("productLines", List.of("x".repeat(65))), "productLines");
    }

    @Test
    void moreThan20ProductLinesAreRejected() {
        assertInvalid(post("productLines", IntStream.range(0, 21).mapToObj(i -> "line-" + i).toList()),
                "productLines");
    }

    @Test
    void productLinesOfTheWrongJsonTypeAreRejected() {
        assertInvalid(post("productLines", "marine"), "productLines");
    }

    @Test
    void unknownFieldIsRejectedNamingIt() {
        assertInvalid(post("skills", List.of("welding")), "skills");
    }

    @Test
    void unknownTechnicianIsNotFound() {
        assertProblem(admin().get(TECHNICIANS + "/" + UUID.randomUUID()), 404);
    }
}
