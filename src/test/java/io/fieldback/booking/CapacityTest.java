package io.fieldback.booking;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CapacityTest {

    @Test
    void freeSlotsFollowOpeningHoursClosuresAndBookings() {
        BookingFixtures f = new BookingFixtures();
        f.open(2, f.day.plusDays(1).toString());
        f.book(f.at(9)).then().statusCode(201);
        // day: 08, 09, 10, 11 (09 has 1 of 2 left); day+1 closed; day+2: four slots of 2
        List<Map<String, Object>> slots = Tokens.stationManager(f.station)
                .queryParam("from", f.day.toString()).queryParam("to", f.day.plusDays(2).toString())
                .get("/api/v1/stations/" + f.station + "/free-slots").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertThat(slots).hasSize(8);
        assertThat(slots.get(0)).containsEntry("startsAt", f.at(8).toString()).containsEntry("free", 2)
                .containsEntry("endsAt", f.at(9).toString());
        assertThat(slots.get(1)).containsEntry("startsAt", f.at(9).toString()).containsEntry("free", 1);
        assertThat(slots.get(4)).containsEntry("startsAt", f.at(f.day.plusDays(2), 8, 0).toString());
    }

    @Test
    void aFullSlotIsNotListed() {
        BookingFixtures f = new BookingFixtures();
        f.open(1);
        f.book(f.at(10)).then().statusCode(201);
        List<String> starts = admin().queryParam("from", f.day.toString()).queryParam("to", f.day.toString())
                .get("/api/v1/stations/" + f.station + "/free-slots").then().statusCode(200).extract().jsonPath()
                .getList("items.startsAt");
        assertThat(starts).containsExactly(f.at(8).toString(), f.at(9).toString(), f.at(11).toString());
    }

    @Test
    void badCalendarsAreRefused() {
        BookingFixtures f = new BookingFixtures();
        Map<String, Object> inverted = Map.of("slotMinutes", 60, "bays", 1, "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "17:00", "closes", "08:00")));
        admin().body(inverted).put("/api/v1/stations/" + f.station + "/capacity").then().statusCode(400)
                .body("errors.field", hasItem("openingHours"));
        Map<String, Object> noBays = Map.of("slotMinutes", 60, "bays", 0, "openingHours", List.of());
        admin().body(noBays).put("/api/v1/stations/" + f.station + "/capacity").then().statusCode(400);
        admin().queryParam("from", "2027-01-10").queryParam("to", "2027-01-01")
                .get("/api/v1/stations/" + f.station + "/free-slots").then().statusCode(400);
    }

    @Test
    void aStationManagesOnlyItsOwnCalendar() {
        BookingFixtures f = new BookingFixtures();
        java.util.UUID other = TestData.station(f.m.dealer);
        Tokens.stationManager(other).body(BookingFixtures.capacity(2, List.of()))
                .put("/api/v1/stations/" + f.station + "/capacity").then().statusCode(404);
        Tokens.dealer(TestData.dealer()).body(BookingFixtures.capacity(2, List.of()))
                .put("/api/v1/stations/" + f.station + "/capacity").then().statusCode(404);
        Tokens.dealer(f.m.dealer).body(BookingFixtures.capacity(2, List.of()))
                .put("/api/v1/stations/" + f.station + "/capacity").then().statusCode(200);
    }
}
