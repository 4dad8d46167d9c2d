package io.fieldback.booking;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SlotSearchTest {

    /**
     * Two stations of the dealer north of a point of their own: near at 0.01° (1.112 km), far at 0.03° (3.336 km),
     * both open 08-12 in one-hour slots; near has 1 bay and its 09:00 booked (full), far 2 bays and its 08:00 booked
     * once. From the point, nearest station first, then earliest slot, by hand:
     * near 08 (1), near 10 (1), near 11 (1), far 08 (1), far 09 (2), far 10 (2), far 11 (2): 7 slots; limit 5 keeps
     * the first five, limit 3 near's three.
     */
    @Test
    void freeSlotsOfTheNearestStationsNearestFirstThenEarliest() {
        BookingFixtures f = new BookingFixtures();
        // a point of this test's own, far from other tests' stations (radius 10 km); whole thousandths of a
        // degree, as a station's coordinates are stored (at most 6 decimals)
        int latMilli = -40_000 + new Random().nextInt(20_000);
        double lat = latMilli / 1000.0;
        double lon = (-170_000 + new Random().nextInt(100_000)) / 1000.0;
        UUID near = station(f, (latMilli + 10) / 1000.0, lon, 1);
        UUID far = station(f, (latMilli + 30) / 1000.0, lon, 2);
        book(f, near, 9);
        book(f, far, 8);
        List<Map<String, Object>> found = admin().queryParam("latitude", lat).queryParam("longitude", lon)
                .queryParam("radiusKm", 10).queryParam("from", f.day.toString()).queryParam("to", f.day.toString())
                .get("/api/v1/appointments/free-slots").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(found).extracting(s -> s.get("stationId") + " " + s.get("startsAt") + " " + s.get("free"))
                .containsExactly(near + " " + f.at(8) + " 1", near + " " + f.at(10) + " 1", near + " " + f.at(11) + " 1",
                        far + " " + f.at(8) + " 1", far + " " + f.at(9) + " 2", far + " " + f.at(10) + " 2",
                        far + " " + f.at(11) + " 2");
        assertThat(found.get(0).get("distanceKm")).isEqualTo(1.112f);
        assertThat(found.get(3).get("distanceKm")).isEqualTo(3.336f);
        assertThat(admin().queryParam("latitude", lat).queryParam("longitude", lon).queryParam("radiusKm", 10)
                .queryParam("limit", 5).queryParam("from", f.day.toString()).queryParam("to", f.day.toString())
                .get("/api/v1/appointments/free-slots").then().statusCode(200).extract().jsonPath()
                .getList("items.startsAt")).hasSize(5);
        // limit 3: near's three fill the page (far's slots would all come after them)
        assertThat(admin().queryParam("latitude", lat).queryParam("longitude", lon).queryParam("radiusKm", 10)
                .queryParam("limit", 3).queryParam("from", f.day.toString()).queryParam("to", f.day.toString())
                .get("/api/v1/appointments/free-slots").then().statusCode(200).extract().jsonPath()
                .getList("items.stationId", String.class)).containsExactly(near.toString(), near.toString(), near.toString());
    }

    /**
     * One station of 3 bays, open 08-12 in one-hour slots. At 09:00 one place held (counted as taken) and one booked
     * then cancelled (given back); at 10:00 one confirmed. By hand: 08 (3), 09 (3 - 1 = 2), 10 (2), 11 (3).
     */
    @Test
    void aHeldPlaceCountsAsTakenAndACancelledBookingDoesNot() {
        BookingFixtures f = new BookingFixtures();
        double lat = (-40_000 + new Random().nextInt(20_000)) / 1000.0;
        double lon = (-170_000 + new Random().nextInt(100_000)) / 1000.0;
        UUID station = station(f, lat, lon, 3);
        book(f, station, 9, true);
        String cancelled = book(f, station, 9, false);
        admin().body(Map.of("reason", "客户改期")).post("/api/v1/appointments/" + cancelled + "/cancel").then()
                .statusCode(200);
        book(f, station, 10, false);
        List<String> found = admin().queryParam("latitude", lat).queryParam("longitude", lon).queryParam("radiusKm", 1)
                .queryParam("from", f.day.toString()).queryParam("to", f.day.toString())
                .get("/api/v1/appointments/free-slots").then().statusCode(200).extract().jsonPath()
                .getList("items", Map.class).stream().map(s -> s.get("startsAt") + " " + s.get("free")).toList();
        assertThat(found).containsExactly(f.at(8) + " 3", f.at(9) + " 2", f.at(10) + " 2", f.at(11) + " 3");
    }

    private static UUID station(BookingFixtures f, double lat, double lon, int bays) {
        UUID id = UUID.fromString(admin().body(TestData.station(f.m.dealer, lat, lon)).post("/api/v1/stations").then()
                .statusCode(201).extract().path("id"));
        admin().body(BookingFixtures.capacity(bays, List.of())).put("/api/v1/stations/" + id + "/capacity").then()
                .statusCode(200);
        return id;
    }

    private static void book(BookingFixtures f, UUID station, int hour) {
        book(f, station, hour, false);
    }

    /** Books (or holds) a place for a machine of its own; answers the appointment's id. */
    private static String book(BookingFixtures f, UUID station, int hour, boolean hold) {
        Map<String, Object> body = new java.util.HashMap<>(f.booking(f.at(hour), hold));
        body.put("stationId", station.toString());
        body.put("equipmentId", f.m.machine("2026-01-01").toString());
        return io.fieldback.support.Tokens.as("agent").body(body).post("/api/v1/appointments").then().statusCode(201)
                .extract().path("id");
    }
}
