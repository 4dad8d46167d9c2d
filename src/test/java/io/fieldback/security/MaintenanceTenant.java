package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.fieldback.maintenance.MaintenanceFixtures;
import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;

/**
 * A tenant's maintenance and booking records for the tenancy matrix: a rule for a series of its own, a
 * delivered machine with meter readings, a due item its station holds (booked there), the station's
 * calendar (open all day in 10-minute slots with many bays, so every call finds room) and an appointment.
 */
final class MaintenanceTenant {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SLOTS = new AtomicInteger();
    private final AtomicInteger hours = new AtomicInteger(100);

    private final TenancyWorld world;
    final String series = TestData.unique("MS");
    final UUID rule;
    final UUID machine;
    final UUID appointment;
    final UUID dueItem;

    MaintenanceTenant(TenancyWorld w) {
        this.world = w;
        rule = UUID.fromString(admin().body(ruleBody(series)).post("/api/v1/maintenance/rules").then().statusCode(201)
                .extract().path("id"));
        admin().body(capacity()).put("/api/v1/stations/" + w.station + "/capacity").then().statusCode(200);
        machine = newMachine();
        reading(machine);
        appointment = newAppointment();
        dueItem = UUID.fromString(admin().get("/api/v1/appointments/" + appointment).then().extract().path("dueItemId"));
    }

    static Map<String, Object> ruleBody(String series) {
        return Map.of("productSeries", series, "meterUnit", "HOURS", "firstMeter", 500, "firstMonths", 3,
                "everyMeter", 500, "everyMonths", 6, "mode", "FLOATING");
    }

    static Map<String, Object> capacity() {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.add(Map.of("day", d.name(), "opens", "00:00", "closes", "23:50"));
        }
        return Map.of("slotMinutes", 10, "bays", 200, "openingHours", hours);
    }

    UUID newMachine() {
        Map<String, Object> body = Map.of("serialNumber", TestData.unique("SN").toUpperCase(), "productSeries", series,
                "application", "TRUCK", "deliveryDate", LocalDate.now().minusMonths(2).toString());
        return UUID.fromString(admin().body(body).post("/api/v1/customers/" + world.customer + "/equipment").then()
                .statusCode(201).extract().path("id"));
    }

    /** A reading above every earlier one, today: it also forecasts the machine's next service. */
    Map<String, Object> readingBody() {
        return Map.of("reading", hours.incrementAndGet(), "unit", "HOURS");
    }

    void reading(UUID machine) {
        admin().body(readingBody()).post("/api/v1/maintenance/equipment/" + machine + "/readings").then().statusCode(201);
    }

    /** A slot in a week or more, different for each call (so none is ever full). */
    static Instant futureSlot() {
        int n = SLOTS.incrementAndGet();
        return LocalDate.now(ZONE).plusDays(7 + n / 100).atTime(8, 0).plusMinutes(10L * (n % 60)).atZone(ZONE).toInstant();
    }

    /** The next slot of today still ahead (check-in opens on the appointment's day). */
    static Instant laterToday() {
        LocalDateTime now = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.MINUTES);
        return now.plusMinutes(10 - now.getMinute() % 10).atZone(ZONE).toInstant();
    }

    Map<String, Object> bookingBody(Instant startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", world.station.toString());
        body.put("equipmentId", machine.toString());
        body.put("startsAt", startsAt.toString());
        return body;
    }

    UUID newAppointment() {
        return book(bookingBody(futureSlot()));
    }

    UUID newAppointmentToday() {
        return book(bookingBody(laterToday()));
    }

    UUID newHold() {
        Map<String, Object> body = bookingBody(futureSlot());
        body.put("hold", true);
        return book(body);
    }

    private static UUID book(Map<String, Object> body) {
        return UUID.fromString(admin().body(body).post("/api/v1/appointments").then().statusCode(201).extract().path("id"));
    }

    /** An open item its station holds: a new machine serviced once at the station, whose next item follows. */
    UUID newStationItem() {
        UUID m = newMachine();
        reading(m);
        UUID visit = UuidV7.next();
        admin().body(Map.of("customerId", world.customer.toString(), "equipmentId", m.toString(), "stationId",
                world.station.toString(), "type", "MAINTENANCE", "requestedAt", Instant.now().minusSeconds(7200).toString()))
                .put("/api/v1/visits/" + visit).then().statusCode(201);
        Tokens.technician(world.station).body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                Instant.now().minusSeconds(60).toString(), "outcome", "FIXED")).post("/api/v1/visits/" + visit + "/events")
                .then().statusCode(201);
        MaintenanceFixtures.readCompletedVisits();
        List<String> ids = admin().queryParam("equipmentId", m).get("/api/v1/maintenance/due").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        return UUID.fromString(ids.get(ids.size() - 1));
    }
}
