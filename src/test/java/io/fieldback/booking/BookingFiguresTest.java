package io.fieldback.booking;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.maintenance.MaintenanceFixtures;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BookingFiguresTest {

    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private void now(Instant at) {
        time.use(Clock.fixed(at, ZoneOffset.UTC));
    }

    /*
     * Station open 08-12 every day, 2 bays: a month of N days offers N × 4 × 2 places. Machines A and B are due on
     * the appointment day D (delivered three months before, first service at 3 months). Booked at D-7 00:00:
     * A at 08:00 (checked in and completed on D: done on time), B at 09:00 (no-show), the fixture's machine C at
     * 10:00 (still confirmed). Due 2 (A, B), done on time 1, overdue backlog 1 (B, on D+1); attended 2, no-shows 1:
     * rate 0.5; lead times 7d8h, 7d9h, 7d10h: mean 7.375 = 7.38 days; booked places 3.
     */
    @Test
    void aStationsMonthByHand() {
        BookingFixtures f = new BookingFixtures();
        f.m.rule("FLOATING", null, 3, null, 6);
        f.open(2);
        now(f.at(f.day.minusDays(7), 0, 0));
        UUID a = f.m.machine(f.day.minusMonths(3).toString());
        UUID b = f.m.machine(f.day.minusMonths(3).toString());
        f.m.reading(a, 10, f.day.minusDays(7).toString());
        f.m.reading(b, 10, f.day.minusDays(7).toString());
        String appointmentA = book(f, a, 8);
        String appointmentB = book(f, b, 9);
        f.book(f.at(10)).then().statusCode(201);
        now(f.at(7));
        String visit = Tokens.stationManager(f.station).post("/api/v1/appointments/" + appointmentA + "/check-in").then()
                .statusCode(200).extract().path("visitId");
        now(f.at(10));
        Tokens.technician(f.station).body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                f.at(9).toString(), "outcome", "FIXED")).post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        MaintenanceFixtures.readCompletedVisits();
        Tokens.stationManager(f.station).post("/api/v1/appointments/" + appointmentB + "/no-show").then().statusCode(200);
        now(f.at(f.day.plusDays(1), 10, 0));
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        YearMonth month = YearMonth.from(f.day);
        Map<String, Object> figures = Tokens.dealer(f.m.dealer).queryParam("month", month.toString())
                .get("/api/v1/stations/" + f.station + "/maintenance-figures").then().statusCode(200).extract().jsonPath()
                .getMap("");
        int places = month.lengthOfMonth() * 4 * 2;
        assertThat(figures).containsEntry("due", 2).containsEntry("doneOnTime", 1).containsEntry("overdueBacklog", 1)
                .containsEntry("attended", 2).containsEntry("noShows", 1).containsEntry("noShowRate", 0.5f)
                .containsEntry("leadTimeDays", 7.38f).containsEntry("capacityPlaces", places)
                .containsEntry("bookedPlaces", 3);
        assertThat(((Number) figures.get("utilisation")).doubleValue()).isCloseTo(3.0 / places, org.assertj.core.data.Offset.offset(0.0001));
        admin().queryParam("month", "2026-13").get("/api/v1/stations/" + f.station + "/maintenance-figures").then()
                .statusCode(400);
    }

    private static String book(BookingFixtures f, UUID machine, int hour) {
        Map<String, Object> body = new HashMap<>(f.booking(f.at(hour), false));
        body.put("equipmentId", machine.toString());
        return Tokens.as("agent").body(body).post("/api/v1/appointments").then().statusCode(201).extract().path("id");
    }
}
