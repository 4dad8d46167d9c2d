package io.fieldback.survey;

import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.survey.SurveyFixtures.BATCHES;
import static io.fieldback.survey.SurveyFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class SurveyTenancyTest {

    @Test
    void vendorSeesOnlyItsOwnBatches() {
        SurveyFixtures mine = new SurveyFixtures();
        SurveyFixtures theirs = new SurveyFixtures();
        UUID own = mine.queued(csv(mine.row("T1")));
        UUID foreign = theirs.queued(csv(theirs.row("T1")));

        mine.vendor().get(BATCHES + "/" + own).then().statusCode(200);
        assertProblem(mine.vendor().get(BATCHES + "/" + foreign), 404);
        assertProblem(mine.vendor().get(BATCHES + "/" + foreign + "/rejections"), 404);
        assertProblem(mine.vendor().get(BATCHES + "/" + foreign + "/rejections.csv"), 404);
        List<String> listed = mine.vendor().get(BATCHES + "?limit=500").then().statusCode(200).extract().path("items.id");
        assertThat(listed).containsExactly(own.toString());
        mine.vendor().get(BATCHES + "?vendorId=" + theirs.vendorId).then().body("items.size()", equalTo(0));
    }

    @Test
    void analystsAndAdminsSeeEveryVendorsBatches() {
        SurveyFixtures a = new SurveyFixtures();
        SurveyFixtures b = new SurveyFixtures();
        UUID first = a.queued(csv(a.row("T1")));
        UUID second = b.queued(csv(b.row("T1")));
        for (String role : List.of(Roles.ANALYST, Roles.ADMIN)) {
            Tokens.as(role).get(BATCHES + "/" + first).then().statusCode(200);
            Tokens.as(role).get(BATCHES + "/" + second + "/rejections").then().statusCode(200);
            Tokens.as(role).get(BATCHES + "?vendorId=" + b.vendorId).then().body("items.id", hasItems(second.toString()));
        }
    }

    @Test
    void onlyVendorsUploadAndOnlyWithTheirVendor() {
        SurveyFixtures f = new SurveyFixtures();
        byte[] body = csv(f.row("T1")).getBytes(StandardCharsets.UTF_8);
        for (String role : List.of(Roles.ADMIN, Roles.ANALYST, Roles.DEALER, Roles.AGENT)) {
            assertProblem(Tokens.as(role).contentType("text/csv").body(body)
                    .post(BATCHES + "?batchId=X&questionnaireVersion=1"), 403);
        }
        // a vendor token without its vendor
        assertProblem(RestAssured.given().config(SurveyFixtures.RAW).auth().oauth2(Tokens.token(Roles.VENDOR, null, null))
                .contentType("text/csv").body(body).post(BATCHES + "?batchId=X&questionnaireVersion=1"), 403);
        assertProblem(Tokens.dealer(f.dealerId).get(BATCHES), 403);
    }

    @Test
    void vendorApiKeyUploadsForItsVendor() {
        SurveyFixtures f = new SurveyFixtures();
        String key = Tokens.admin().body(Map.of("name", "survey system", "role", "VENDOR", "vendorId", f.vendorId.toString()))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        String id = RestAssured.given().config(SurveyFixtures.RAW).header("X-API-Key", key).contentType("text/csv")
                .body(csv(f.row("K1")).getBytes(StandardCharsets.UTF_8))
                .post(BATCHES + "?batchId=" + TestData.unique("B") + "&questionnaireVersion=1")
                .then().statusCode(202).body("vendorId", equalTo(f.vendorId.toString())).extract().path("id");
        RestAssured.given().header("X-API-Key", key).get(BATCHES + "/" + id).then().statusCode(200);
        SurveyFixtures other = new SurveyFixtures();
        UUID foreign = other.queued(csv(other.row("K1")));
        assertProblem(RestAssured.given().header("X-API-Key", key).get(BATCHES + "/" + foreign), 404);
    }
}
