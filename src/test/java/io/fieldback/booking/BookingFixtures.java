package io.fieldback.booking;

import static io.fieldback.support.Tokens.admin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.maintenance.MaintenanceFixtures;
import io.fieldback.support.Tokens;
import io.restassured.response.Response;

/** A station open every day 08:00-12:00 in one-hour slots, a customer of its dealer with a delivered machine. */
final class BookingFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final MaintenanceFixtures m = new MaintenanceFixtures();
    final UUID station = m.station;
    final UUID machine = m.machine("2026-01-01");
    /** A day a week ahead: every slot on it is in the future, whatever the real time. */
    final LocalDate day = LocalDate.now(ZONE).plusDays(7);

    static Map<String, Object> capacity(int bays, List<String> closures) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.add(Map.of("day", d.name(), "opens", "08:00", "closes", "12:00"));
        }
        List<Map<String, Object>> closed = closures.stream().map(c -> Map.<String, Object>of("date", c, "reason", "盘点")).toList();
        return Map.of("slotMinutes", 60, "bays", bays, "openingHours", hours, "closures", closed);
    }

    void open(int bays, String... closures) {
        admin().body(capacity(bays, List.of(closures))).put("/api/v1/stations/" + station + "/capacity").then()
                .statusCode(200);
    }

    Instant at(LocalDate on, int hour, int minute) {
        return on.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    Instant at(int hour) {
        return at(day, hour, 0);
    }

    Map<String, Object> booking(Instant startsAt, boolean hold) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station.toString());
        body.put("equipmentId", machine.toString());
        body.put("startsAt", startsAt.toString());
        body.put("hold", hold);
        return body;
    }

    Response book(Instant startsAt) {
        return Tokens.as("agent").body(booking(startsAt, false)).post("/api/v1/appointments");
    }
}
