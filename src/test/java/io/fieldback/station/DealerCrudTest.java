package io.fieldback.station;

import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class DealerCrudTest {

    private static final String DEALERS = "/api/v1/dealers";

    private static Map<String, Object> dealer(String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        return body;
    }

    private static Response create(String code) {
        return admin().body(dealer(code, "上海东方动力")).post(DEALERS);
    }

    @Test
    void createAnswers201WithLocationEtagAndBody() {
        String code = TestData.unique("DLR");
        Response response = create(code);
        response.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("code", equalTo(code))
                .body("name", equalTo("上海东方动力")).body("active", equalTo(true)).body("version", equalTo(0))
                .body("createdAt", notNullValue());
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith(DEALERS + "/" + id);
        admin().get(response.header("Location")).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void getAnswersTheDealerWithItsEtag() {
        String id = create(TestData.unique("DLR")).path("id");
        admin().get(DEALERS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id));
    }

    @Test
    void listFindsTheDealerByCode() {
        String code = TestData.unique("DLR");
        String id = create(code).path("id");
        admin().queryParam("code", code).get(DEALERS).then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void updateWithIfMatchAnswersTheNewVersionAndEtag() {
        String id = create(TestData.unique("DLR")).path("id");
        String newCode = TestData.unique("DLR");
        admin().header("If-Match", "\"0\"").body(dealer(newCode, "杭州新动力")).put(DEALERS + "/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("code", equalTo(newCode))
                .body("name", equalTo("杭州新动力")).body("version", equalTo(1));
        admin().get(DEALERS + "/" + id).then().body("name", equalTo("杭州新动力"));
    }

    @Test
    void deactivatedDealerLeavesTheDefaultListButStaysReadable() {
        String code = TestData.unique("DLR");
        String id = create(code).path("id");
        admin().delete(DEALERS + "/" + id).then().statusCode(204);
        admin().queryParam("code", code).get(DEALERS).then().statusCode(200).body("items", emptyIterable());
        admin().queryParam("code", code).queryParam("active", false).get(DEALERS).then().body("items.id", contains(id));
        admin().get(DEALERS + "/" + id).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void duplicateCodeIsRejectedWith409() {
        String code = TestData.unique("DLR");
        create(code).then().statusCode(201);
        assertProblem(create(code), 409).body("detail", containsString(code));
    }

    @Test
    void renamingToAnotherDealersCodeIsRejectedWith409() {
        String taken = TestData.unique("DLR");
        create(taken).then().statusCode(201);
        String id = create(TestData.unique("DLR")).path("id");
        assertProblem(admin().header("If-Match", "\"0\"").body(dealer(taken, "x")).put(DEALERS + "/" + id), 409);
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        String id = create(TestData.unique("DLR")).path("id");
        admin().header("If-Match", "\"0\"").body(dealer(TestData.unique("DLR"), "一")).put(DEALERS + "/" + id)
                .then().statusCode(200);
        assertProblem(admin().header("If-Match", "\"0\"").body(dealer(TestData.unique("DLR"), "二"))
                .put(DEALERS + "/" + id), 412);
        admin().get(DEALERS + "/" + id).then().body("name", equalTo("一"));
    }

    @Test
    void updateWithoutIfMatchIsRejectedWith428() {
        String id = create(TestData.unique("DLR")).path("id");
        assertProblem(admin().body(dealer(TestData.unique("DLR"), "x")).put(DEALERS + "/" + id), 428);
    }

    @Test
    void missingCodeIsRejected() {
        assertInvalid(admin().body(Map.of("name", "无代码")).post(DEALERS), "code");
    }

    @Test
    void blankNameIsRejected() {
        assertInvalid(admin().body(dealer(TestData.unique("DLR"), " ")).post(DEALERS), "name");
    }

    @Test
    void nameOf200CharactersIsAcceptedAnd201IsRejected() {
        admin().body(dealer(TestData.unique("DLR"), StationFixtures.chinese(200))).post(DEALERS).then()
                .statusCode(201).body("name", equalTo(StationFixtures.chinese(200)));
        assertInvalid(admin().body(dealer(TestData.unique("DLR"), StationFixtures.chinese(201))).post(DEALERS),
                "name");
    }

    @Test
    void codeLongerThan32CharactersIsRejected() {
        assertInvalid(admin().body(dealer("D" + "1".repeat(32), "x")).post(DEALERS), "code");
    }

    @Test
    void codeWithSpacesIsRejected() {
        assertInvalid(admin().body(dealer("DLR 001", "x")).post(DEALERS), "code");
    }

    @Test
    void unknownFieldIsRejectedNamingIt() {
        Map<String, Object> body = dealer(TestData.unique("DLR"), "x");
        body.put("colour", "red");
        assertInvalid(admin().body(body).post(DEALERS), "colour").body("detail", containsString("colour"));
    }

    @Test
    void nameOfTheWrongJsonTypeIsRejected() {
        Map<String, Object> body = dealer(TestData.unique("DLR"), "x");
        body.put("name", Map.of("zh", "经销商"));
        assertInvalid(admin().body(body).post(DEALERS), "name");
    }

    @Test
    void malformedJsonIsRejectedWith400() {
        assertProblem(admin().body("{\"code\": ").post(DEALERS), 400);
    }

    @Test
    void chineseNameWithFourByteCharacterRoundTrips() {
        String name = "𠮷野家动力服务（上海）有限公司";
        String id = admin().body(dealer(TestData.unique("DLR"), name)).post(DEALERS).then().statusCode(201)
                .body("name", equalTo(name)).extract().path("id");
        admin().get(DEALERS + "/" + id).then().body("name", equalTo(name));
    }

    @Test
    void unknownDealerIsNotFound() {
        assertProblem(admin().get(DEALERS + "/" + java.util.UUID.randomUUID()), 404);
    }

    @Test
    void responsesAreProblemJsonWithoutInternals() {
        assertProblem(create("bad code!"), 400).body("detail", org.hamcrest.Matchers.not(containsString("Exception")))
                .header("Content-Type", endsWith("problem+json"));
    }

    @Test
    void racingDealersWithOneCodeGetOne201AndOtherwise409() {
        String code = TestData.unique("DLR");
        StationFixtures.assertOneCreatedOthersConflict(StationFixtures.concurrently(8, () -> create(code)));
    }
}
