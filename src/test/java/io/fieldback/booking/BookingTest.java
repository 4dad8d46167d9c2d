package io.fieldback.booking;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.maintenance.MaintenanceFixtures;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BookingTest {

    @Inject
    TimeSource time;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private void now(Instant at) {
        time.use(Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void pastSlotsOffGridSlotsAndClosedDaysAre422() {
        BookingFixtures f = new BookingFixtures();
        f.open(2, f.day.plusDays(1).toString());
        f.book(f.at(f.day.minusDays(14), 9, 0)).then().statusCode(422).body("type", containsString("slot-in-past"));
        f.book(f.at(13)).then().statusCode(422).body("type", containsString("not-a-slot"));
        f.book(f.at(f.day, 9, 30)).then().statusCode(422).body("type", containsString("not-a-slot"));
        f.book(f.at(f.day.plusDays(1), 9, 0)).then().statusCode(422).body("type", containsString("not-a-slot"));
    }

    @Test
    void aMachineOfAnotherDealersCustomerIsRefused() {
        BookingFixtures f = new BookingFixtures();
        f.open(2);
        UUID otherDealer = TestData.dealer();
        UUID stranger = TestData.customer(otherDealer);
        UUID theirMachine = UUID.fromString(admin().body(Map.of("serialNumber", TestData.unique("SN").toUpperCase(),
                "productSeries", f.m.series, "application", "TRUCK")).post("/api/v1/customers/" + stranger + "/equipment")
                .then().statusCode(201).extract().path("id"));
        Map<String, Object> body = new java.util.HashMap<>(f.booking(f.at(9), false));
        body.put("equipmentId", theirMachine.toString());
        Tokens.as("agent").body(body).post("/api/v1/appointments").then().statusCode(422)
                .body("type", containsString("machine-of-another-dealer"));
        // the station's own dealer does not even see that machine
        Tokens.dealer(f.m.dealer).body(body).post("/api/v1/appointments").then().statusCode(400);
    }

    @Test
    void holdsAreLimitedConfirmedOrLetGo() {
        BookingFixtures f = new BookingFixtures();
        f.open(1);
        var agent = Tokens.token("agent-" + UUID.randomUUID(), "agent", null, null);
        String held = io.restassured.RestAssured.given().auth().oauth2(agent).contentType("application/json")
                .body(f.booking(f.at(8), true)).post("/api/v1/appointments").then().statusCode(201)
                .body("status", equalTo("HELD")).extract().path("id");
        for (int hour : new int[] { 9, 10 }) {
            io.restassured.RestAssured.given().auth().oauth2(agent).contentType("application/json")
                    .body(f.booking(f.at(hour), true)).post("/api/v1/appointments").then().statusCode(201);
        }
        io.restassured.RestAssured.given().auth().oauth2(agent).contentType("application/json")
                .body(f.booking(f.at(11), true)).post("/api/v1/appointments").then().statusCode(422)
                .body("type", containsString("hold-limit"));
        // another caller finds 08:00 taken while held
        f.book(f.at(8)).then().statusCode(409);
        // eleven minutes later the hold has run out: confirming is refused, and the slot can be booked again
        now(Instant.now().plus(Duration.ofMinutes(11)));
        admin().post("/api/v1/appointments/" + held + "/confirm").then().statusCode(409);
        f.book(f.at(8)).then().statusCode(201);
        admin().get("/api/v1/appointments/" + held).then().body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("hold expired"));
    }

    @Test
    void cancellingWithinTheCutOffIsRefusedAndBeforeItFreesTheSlot() {
        BookingFixtures f = new BookingFixtures();
        f.open(1);
        String id = f.book(f.at(8)).then().statusCode(201).extract().path("id");
        now(f.at(8).minus(Duration.ofHours(2)));
        admin().body(Map.of("reason", "客户临时有事")).post("/api/v1/appointments/" + id + "/cancel").then().statusCode(409)
                .body("detail", containsString("24 hours"));
        time.reset();
        admin().body(Map.of("reason", "客户临时有事")).post("/api/v1/appointments/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        f.book(f.at(8)).then().statusCode(201);
        assertThat(events("booking.changed", id)).isEqualTo(1);
    }

    @Test
    void aBookingServesTheDueItemCheckInOpensTheVisitAndItsCompletionClosesBoth() {
        BookingFixtures f = new BookingFixtures();
        f.m.rule("FLOATING", null, 3, null, 6);
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        String item = (String) f.m.latest(f.machine).get("id");
        f.open(2);
        String id = f.book(f.at(9)).then().statusCode(201).body("dueItemId", equalTo(item))
                .body("status", equalTo("CONFIRMED")).extract().path("id");
        assertThat(f.m.latest(f.machine)).containsEntry("state", "BOOKED").containsEntry("stationId", f.station.toString());
        assertThat(events("booking.confirmed", id)).isEqualTo(1);
        // check-in opens on the appointment's day
        Tokens.stationManager(f.station).post("/api/v1/appointments/" + id + "/check-in").then().statusCode(409);
        now(f.at(9).minus(Duration.ofMinutes(10)));
        String visit = Tokens.stationManager(f.station).post("/api/v1/appointments/" + id + "/check-in").then()
                .statusCode(200).body("status", equalTo("CHECKED_IN")).extract().path("visitId");
        admin().get("/api/v1/visits/" + visit).then().statusCode(200).body("type", equalTo("MAINTENANCE"));
        now(f.at(11));
        Tokens.technician(f.station).body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                f.at(10).toString(), "outcome", "FIXED")).post("/api/v1/visits/" + visit + "/events")
                .then().statusCode(201);
        MaintenanceFixtures.readCompletedVisits();
        admin().get("/api/v1/appointments/" + id).then().body("status", equalTo("COMPLETED"));
        assertThat(f.m.items(f.machine).get(0)).containsEntry("state", "DONE").containsEntry("closedByVisitId", visit);
        assertThat(f.m.latest(f.machine)).containsEntry("sequence", 2);
    }

    @Test
    void aNoShowReopensTheDueItem() {
        BookingFixtures f = new BookingFixtures();
        f.m.rule("FLOATING", null, 3, null, 6);
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        f.open(2);
        String id = f.book(f.at(9)).then().statusCode(201).extract().path("id");
        Tokens.stationManager(f.station).post("/api/v1/appointments/" + id + "/no-show").then().statusCode(409);
        now(f.at(11));
        Tokens.stationManager(f.station).post("/api/v1/appointments/" + id + "/no-show").then().statusCode(200)
                .body("status", equalTo("NO_SHOW"));
        assertThat(f.m.latest(f.machine).get("state")).isIn("DUE", "OVERDUE", "UPCOMING");
        assertThat(f.m.latest(f.machine)).doesNotContainKey("appointmentId");
    }

    @Test
    void rescheduleMovesTheBookingAndNamesTheNewOne() {
        BookingFixtures f = new BookingFixtures();
        f.open(1);
        String id = f.book(f.at(8)).then().statusCode(201).extract().path("id");
        String moved = admin().body(Map.of("startsAt", f.at(11).toString())).post("/api/v1/appointments/" + id + "/reschedule")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).extract().path("id");
        admin().get("/api/v1/appointments/" + id).then().body("status", equalTo("RESCHEDULED"))
                .body("rescheduledTo", equalTo(moved));
        f.book(f.at(8)).then().statusCode(201);
        f.book(f.at(11)).then().statusCode(409);
    }

    private long events(String topic, String aggregate) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM domain_events WHERE topic = ?1 AND aggregate_id = ?2").setParameter(1, topic)
                .setParameter(2, UUID.fromString(aggregate)).getSingleResult()).longValue());
    }
}
