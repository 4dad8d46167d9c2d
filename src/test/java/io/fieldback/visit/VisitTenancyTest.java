package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class VisitTenancyTest {

    private VisitFixtures f;
    private UUID visit;
    private RequestSpecification otherStationsTechnician;

    @BeforeEach
    void twoStations() {
        f = new VisitFixtures();
        visit = f.createVisit();
        UUID otherStation = TestData.station(f.dealerId);
        otherStationsTechnician = VisitFixtures.technicianOf(otherStation, VisitFixtures.technician(otherStation));
    }

    @Test
    void aTechnicianCannotSeeAnotherStationsVisit() {
        otherStationsTechnician.get("/api/v1/visits/" + visit).then().statusCode(404);
        otherStationsTechnician.get("/api/v1/visits/" + visit + "/events").then().statusCode(404);
        otherStationsTechnician.get("/api/v1/visits/" + visit + "/attachments").then().statusCode(404);
        otherStationsTechnician.get("/api/v1/visits").then().statusCode(200)
                .body("items.id", not(hasItem(visit.toString())));
    }

    @Test
    void aTechnicianCannotWriteToAnotherStationsVisit() {
        otherStationsTechnician.body(VisitFixtures.event(VisitEventType.NOTE, Instant.now()))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(404);
        otherStationsTechnician.body(f.visit()).put("/api/v1/visits/" + visit).then().statusCode(404);
    }

    @Test
    void aTechnicianCannotCreateAVisitAtAnotherStation() {
        otherStationsTechnician.body(f.visit()).put("/api/v1/visits/" + UuidV7.next()).then().statusCode(400)
                .body("errors[0].field", equalTo("stationId"));
    }

    @Test
    void aStationManagerListsOnlyTheirStation() {
        Tokens.stationManager(f.stationId).queryParam("limit", 500).get("/api/v1/visits").then().statusCode(200)
                .body("items.stationId", everyItem(equalTo(f.stationId.toString())))
                .body("items.id", hasItem(visit.toString()));
    }

    @Test
    void anotherDealerCannotSeeTheVisit() {
        Tokens.dealer(TestData.dealer()).get("/api/v1/visits/" + visit).then().statusCode(404);
        Tokens.dealer(f.dealerId).get("/api/v1/visits/" + visit).then().statusCode(200);
    }

    @Test
    void vendorsHaveNoAccessToVisits() {
        Tokens.as(io.fieldback.security.Roles.VENDOR).get("/api/v1/visits/" + visit).then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/visits/" + visit).then().statusCode(401);
    }

    @Test
    void theBackOfficeFiltersByStationStatusAndTechnician() {
        admin().queryParam("stationId", f.stationId.toString()).queryParam("status", "REQUESTED")
                .queryParam("technicianId", f.technicianId.toString()).get("/api/v1/visits").then().statusCode(200)
                .body("items.id", hasItem(visit.toString()));
        admin().queryParam("stationId", f.stationId.toString()).queryParam("status", "COMPLETED")
                .get("/api/v1/visits").then().statusCode(200).body("items.id", not(hasItem(visit.toString())));
    }
}
