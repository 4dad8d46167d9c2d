package io.fieldback.survey;

import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.chinese;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class VendorTest {

    static final String VENDORS = "/api/v1/vendors";

    static Map<String, Object> vendorBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", TestData.unique("VND"));
        body.put("name", "华信调研咨询有限公司");
        return body;
    }

    static UUID vendor() {
        return UUID.fromString(admin().body(vendorBody()).post(VENDORS).then().statusCode(201).extract().path("id"));
    }

    @Test
    void createAnswers201WithLocationEtagAndBody() {
        Map<String, Object> body = vendorBody();
        Response response = admin().body(body).post(VENDORS);
        response.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("code", equalTo(body.get("code")))
                .body("name", equalTo("华信调研咨询有限公司")).body("active", equalTo(true));
        assertThat(response.header("Location")).endsWith(VENDORS + "/" + response.path("id"));
    }

    @Test
    void getAnswersTheVendorWithItsEtag() {
        UUID id = vendor();
        admin().get(VENDORS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id.toString()));
    }

    @Test
    void updateWithIfMatchAnswersTheNewEtag() {
        UUID id = vendor();
        Map<String, Object> body = vendorBody();
        body.put("name", "𠮷利市场研究");
        admin().header("If-Match", "\"0\"").body(body).put(VENDORS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("𠮷利市场研究"));
        admin().get(VENDORS + "/" + id).then().body("name", equalTo("𠮷利市场研究"));
    }

    @Test
    void deactivatedVendorLeavesTheDefaultList() {
        UUID id = vendor();
        admin().delete(VENDORS + "/" + id).then().statusCode(204);
        assertThat(io.fieldback.station.StationFixtures.idsByCursor(() -> admin(), VENDORS, Map.of(), 500))
                .doesNotContain(id.toString());
        assertThat(io.fieldback.station.StationFixtures.idsByCursor(() -> admin(), VENDORS, Map.of("active", false),
                500)).contains(id.toString());
    }

    @Test
    void vendorsPageWithoutRepeatsOrGaps() {
        java.util.List<String> created = java.util.stream.IntStream.range(0, 5).mapToObj(i -> vendor().toString())
                .toList();
        assertThat(io.fieldback.station.StationFixtures.idsByLink(() -> admin(), VENDORS, Map.of(), 2))
                .doesNotHaveDuplicates().containsAll(created);
    }

    @Test
    void duplicateCodeIsRejectedWith409() {
        Map<String, Object> body = vendorBody();
        admin().body(body).post(VENDORS).then().statusCode(201);
        assertProblem(admin().body(body).post(VENDORS), 409).body("detail", containsString((String) body.get("code")));
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        UUID id = vendor();
        admin().header("If-Match", "\"0\"").body(vendorBody()).put(VENDORS + "/" + id).then().statusCode(200);
        assertProblem(admin().header("If-Match", "\"0\"").body(vendorBody()).put(VENDORS + "/" + id), 412);
    }

    @Test
    void updateWithoutIfMatchIsRejectedWith428() {
        assertProblem(admin().body(vendorBody()).put(VENDORS + "/" + vendor()), 428);
    }

    @Test
    void missingNameIsRejected() {
        Map<String, Object> body = vendorBody();
        body.remove("name");
        assertInvalid(admin().body(body).post(VENDORS), "name");
    }

    @Test
    void tooLongCodeAndNameAreRejected() {
        Map<String, Object> body = vendorBody();
        body.put("code", "V".repeat(33));
        body.put("name", chinese(201));
        assertInvalid(admin().body(body).post(VENDORS), "code").body("errors.field",
                org.hamcrest.Matchers.hasItem("name"));
    }

    @Test
    void unknownFieldIsRejectedNamingIt() {
        Map<String, Object> body = vendorBody();
        body.put("website", "https://example.com");
        assertInvalid(admin().body(body).post(VENDORS), "website");
    }

    @Test
    void unknownVendorIsNotFound() {
        assertProblem(admin().get(VENDORS + "/" + UUID.randomUUID()), 404);
    }

    @Test
    void racingVendorsWithOneCodeGetOne201AndOtherwise409() {
        Map<String, Object> body = vendorBody();
        io.fieldback.station.StationFixtures.assertOneCreatedOthersConflict(
                io.fieldback.station.StationFixtures.concurrently(8, () -> admin().body(body).post(VENDORS)));
    }
}
