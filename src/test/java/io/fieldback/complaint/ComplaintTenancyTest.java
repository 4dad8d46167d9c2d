package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.COMPLAINTS;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.support.Tokens.dealer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class ComplaintTenancyTest {

    @Test
    void aDealerSeesComplaintsAboutItsOwnCustomersOnly() {
        UUID own = TestData.dealer();
        UUID mine = create(body(TestData.customer(own)));
        UUID foreign = create(body(TestData.customer(TestData.dealer())));
        UUID unassigned = create(body(TestData.customer(null)));
        dealer(own).get(path(mine)).then().statusCode(200).body("id", equalTo(mine.toString()));
        assertProblem(dealer(own).get(path(foreign)), 404);
        assertProblem(dealer(own).get(path(unassigned)), 404);
        assertThat(idsByCursor(() -> dealer(own), COMPLAINTS, Map.of(), 50)).containsExactly(mine.toString());
    }

    @Test
    void aDealerSeesComplaintsAboutTheVisitsItsStationsMade() {
        UUID own = TestData.dealer();
        UUID customer = TestData.customer(TestData.dealer());
        Map<String, Object> body = body(customer);
        body.put("visitId", ComplaintFixtures.visit(customer, own).toString());
        UUID aboutOurVisit = create(body);
        dealer(own).get(path(aboutOurVisit)).then().statusCode(200);
        dealer(own).queryParam("customerId", customer).get(COMPLAINTS).then()
                .body("items.id", contains(aboutOurVisit.toString()));
        body.put("visitId", ComplaintFixtures.visit(customer, own).toString());
        dealer(own).body(body).post(COMPLAINTS).then().statusCode(201);
        body.remove("visitId");
        assertInvalid(dealer(own).body(body).post(COMPLAINTS), "customerId");
    }

    @Test
    void aDealerTakesInComplaintsAboutItsOwnCustomersAsDealerChannel() {
        UUID own = TestData.dealer();
        Map<String, Object> body = body(TestData.customer(own));
        body.put("channel", "WEB");
        dealer(own).body(body).post(COMPLAINTS).then().statusCode(201).body("channel", equalTo("DEALER"));
        assertInvalid(dealer(own).body(body(TestData.customer(TestData.dealer()))).post(COMPLAINTS), "customerId");
    }

    @Test
    void aDealerSystemWithAnApiKeyTakesInComplaints() {
        UUID own = TestData.dealer();
        String key = Tokens.admin().body(Map.of("name", "DMS", "role", "DEALER", "dealerId", own.toString()))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        String id = RestAssured.given().header("X-API-Key", key).contentType("application/json")
                .body(body(TestData.customer(own))).post(COMPLAINTS).then().statusCode(201)
                .body("channel", equalTo("DEALER")).extract().path("id");
        RestAssured.given().header("X-API-Key", key).get(COMPLAINTS + "/" + id).then().statusCode(200);
    }

    @Test
    void aDealerCommentsOnItsComplaintsButTakesNoSteps() {
        UUID own = TestData.dealer();
        UUID mine = create(body(TestData.customer(own)));
        String location = dealer(own).body(Map.of("text", "已安排备用车辆")).post(path(mine) + "/comments").then()
                .statusCode(201).body("authorRole", equalTo("dealer")).extract().header("Location");
        handler().get(location).then().statusCode(200).body("text", equalTo("已安排备用车辆"));
        handler().body(Map.of("text", "已收到")).post(path(mine) + "/comments").then().statusCode(201);
        dealer(own).get(path(mine) + "/comments").then().statusCode(200)
                .body("items.text", contains("已安排备用车辆", "已收到"));
        assertProblem(dealer(own).body(Map.of("to", "CONTACTED")).post(path(mine) + "/transitions"), 403);
    }

    @Test
    void aDealerCannotCommentOnAnotherDealersComplaint() {
        UUID foreign = create(body(TestData.customer(TestData.dealer())));
        assertProblem(dealer(TestData.dealer()).body(Map.of("text", "看看")).post(path(foreign) + "/comments"), 404);
        assertProblem(dealer(TestData.dealer()).get(path(foreign) + "/comments"), 404);
    }

    @Test
    void anEmptyCommentIsRejected() {
        UUID id = create(body(TestData.customer(null)));
        assertInvalid(handler().body(Map.of("text", " ")).post(path(id) + "/comments"), "text");
        assertProblem(Tokens.as(Roles.ANALYST).body(Map.of("text", "x")).post(path(id) + "/comments"), 403);
    }

    @Test
    void customerContactsAreInClearForHandlersAdminsAndTheCustomersDealerAndMaskedForOthers() {
        UUID own = TestData.dealer();
        UUID id = create(body(TestData.customer(own)));
        for (var caller : new io.restassured.specification.RequestSpecification[] { handler(), Tokens.admin(),
                dealer(own) }) {
            caller.get(path(id)).then().body("contactPhone", equalTo("+8613812345678"))
                    .body("contactName", equalTo("张师傅"));
        }
        for (var caller : new io.restassured.specification.RequestSpecification[] { Tokens.as(Roles.ANALYST),
                Tokens.as(Roles.AGENT) }) {
            caller.get(path(id)).then().statusCode(200).body("contactPhone", equalTo("+86138****5678"))
                    .body("contactName", equalTo("张**"));
        }
    }

    @Test
    void analystsReadEveryComplaintButOthersOutsideTheWorkflowDoNot() {
        UUID id = create(body(TestData.customer(TestData.dealer())));
        Tokens.as(Roles.ANALYST).get(path(id)).then().statusCode(200);
        assertProblem(Tokens.as(Roles.VENDOR).get(path(id)), 403);
        assertProblem(Tokens.stationManager(UUID.randomUUID()).get(COMPLAINTS), 403);
        assertProblem(RestAssured.given().get(path(id)), 401);
    }
}
