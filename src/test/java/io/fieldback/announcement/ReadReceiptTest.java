package io.fieldback.announcement;

import static io.fieldback.announcement.AnnouncementFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.dealer;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** One receipt per station user; who has not read a mandatory notice by its due date; withdrawal after reads. */
@QuarkusTest
class ReadReceiptTest {

    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private static RequestSpecification user(String subject, String role, UUID station) {
        return RestAssured.given().auth().oauth2(Tokens.token(subject, role, Scope.STATION, station));
    }

    @Test
    void readingTwiceKeepsTheFirstReceipt() {
        UUID dealerA = TestData.dealer();
        UUID station = TestData.station(dealerA);
        UUID id = AnnouncementFixtures.published(AnnouncementFixtures.toDealers(dealerA));
        String subject = TestData.unique("tech");

        String first = user(subject, Roles.TECHNICIAN, station).post(URL + "/" + id + "/read").then().statusCode(200)
                .body("reader", equalTo(subject)).body("stationId", equalTo(station.toString()))
                .body("dealerId", equalTo(dealerA.toString())).body("onTime", equalTo(true))
                .extract().path("readAt");
        user(subject, Roles.TECHNICIAN, station).post(URL + "/" + id + "/read").then().statusCode(200)
                .body("readAt", equalTo(first));
        user(TestData.unique("mgr"), Roles.STATION_MANAGER, station).post(URL + "/" + id + "/read").then()
                .statusCode(200);
        dealer(dealerA).post(URL + "/" + id + "/read").then().statusCode(200).body("stationId", nullValue());

        admin().get(URL + "/" + id + "/receipts").then().statusCode(200).body("items.size()", equalTo(3));
        dealer(dealerA).get(URL + "/" + id + "/receipts").then().statusCode(200).body("items.size()", equalTo(3));
        admin().queryParam("stationId", station).get(URL + "/" + id + "/receipts").then()
                .body("items.size()", equalTo(2));
    }

    @Test
    void theUnreadListNamesStationsWithoutAReadByTheDueDate() {
        UUID dealerA = TestData.dealer();
        UUID early = TestData.station(dealerA);
        UUID late = TestData.station(dealerA);
        UUID never = TestData.station(dealerA);
        Map<String, Object> body = new HashMap<>(AnnouncementFixtures.body(AnnouncementFixtures.toDealers(dealerA)));
        body.put("dueDate", AnnouncementFixtures.today().toString());
        UUID id = UUID.fromString(admin().body(body).post(URL).then().statusCode(201).extract().path("id"));
        admin().post(URL + "/" + id + "/publish").then().statusCode(200);

        user(TestData.unique("tech"), Roles.TECHNICIAN, early).post(URL + "/" + id + "/read").then().statusCode(200);
        admin().get(URL + "/" + id + "/unread").then().statusCode(200).body("dueDatePassed", equalTo(false))
                .body("notRead.stationId", containsInAnyOrder(late.toString(), never.toString()));

        // two days on, the due date is over; one more station reads, too late
        time.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(2)));
        user(TestData.unique("mgr"), Roles.STATION_MANAGER, late).post(URL + "/" + id + "/read").then()
                .statusCode(200).body("onTime", equalTo(false));

        // hand count: 3 addressed; early read on time; late read after the due date; never did not read
        admin().get(URL + "/" + id + "/unread").then().statusCode(200).body("dueDatePassed", equalTo(true))
                .body("stationsAddressed", equalTo(3)).body("stationsReadOnTime", equalTo(1))
                .body("notRead.stationId", containsInAnyOrder(late.toString(), never.toString()))
                .body("notRead.find { it.stationId == '" + late + "' }.lateReadAt", notNullValue())
                .body("notRead.find { it.stationId == '" + never + "' }.lateReadAt", nullValue());
    }

    @Test
    void aWithdrawnNoticeKeepsItsReceiptsAndTakesNoMoreReads() {
        UUID dealerA = TestData.dealer();
        UUID read = TestData.station(dealerA);
        UUID unread = TestData.station(dealerA);
        UUID id = AnnouncementFixtures.published(AnnouncementFixtures.toDealers(dealerA));
        user(TestData.unique("tech"), Roles.TECHNICIAN, read).post(URL + "/" + id + "/read").then().statusCode(200);

        admin().post(URL + "/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        user(TestData.unique("tech"), Roles.TECHNICIAN, unread).post(URL + "/" + id + "/read").then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("WITHDRAWN"));
        // still listed to its stations, marked withdrawn
        Tokens.stationManager(unread).get(URL + "/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        admin().get(URL + "/" + id + "/receipts").then().body("items.stationId", equalTo(List.of(read.toString())));
        admin().get(URL + "/" + id + "/unread").then().body("stationsAddressed", equalTo(2))
                .body("stationsReadOnTime", equalTo(1)).body("notRead", equalTo(List.of()));
    }

    @Test
    void staffDoNotReadAndStationsDoNotSeeReports() {
        UUID dealerA = TestData.dealer();
        UUID station = TestData.station(dealerA);
        UUID id = AnnouncementFixtures.published(AnnouncementFixtures.toDealers(dealerA));
        admin().post(URL + "/" + id + "/read").then().statusCode(403);
        Tokens.stationManager(station).get(URL + "/" + id + "/unread").then().statusCode(403);
        Tokens.stationManager(station).get(URL + "/" + id + "/receipts").then().statusCode(403);
    }
}
