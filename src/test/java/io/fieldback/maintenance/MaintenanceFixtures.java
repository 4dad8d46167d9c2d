package io.fieldback.maintenance;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.fieldback.booking.internal.BookingJobs;
import io.fieldback.maintenance.internal.CompletedVisitReader;
import io.quarkus.arc.Arc;
import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;

/** A dealer with a station and a customer, and a product series of its own, fresh for each test. */
public final class MaintenanceFixtures {

    public final UUID dealer = TestData.dealer();
    public final UUID station = TestData.station(dealer);
    public final UUID customer = TestData.customer(dealer);
    public final String series = TestData.unique("S").toUpperCase();

    public static Map<String, Object> rule(String series, String mode, Integer firstMeter, Integer firstMonths,
            Integer everyMeter, Integer everyMonths) {
        Map<String, Object> body = new HashMap<>();
        body.put("productSeries", series);
        body.put("mode", mode);
        if (firstMeter != null || everyMeter != null) {
            body.put("meterUnit", "HOURS");
        }
        body.put("firstMeter", firstMeter);
        body.put("firstMonths", firstMonths);
        body.put("everyMeter", everyMeter);
        body.put("everyMonths", everyMonths);
        return body;
    }

    public UUID rule(String mode, Integer firstMeter, Integer firstMonths, Integer everyMeter, Integer everyMonths) {
        return UUID.fromString(admin().body(rule(series, mode, firstMeter, firstMonths, everyMeter, everyMonths))
                .post("/api/v1/maintenance/rules").then().statusCode(201).extract().path("id"));
    }

    /** The rule, fetched for its ETag, then replaced by these intervals. */
    public void changeRule(UUID rule, String mode, Integer firstMeter, Integer firstMonths, Integer everyMeter,
            Integer everyMonths) {
        String etag = admin().get("/api/v1/maintenance/rules/" + rule).then().statusCode(200).extract().header("ETag");
        admin().header("If-Match", etag).body(rule(series, mode, firstMeter, firstMonths, everyMeter, everyMonths))
                .put("/api/v1/maintenance/rules/" + rule).then().statusCode(200);
    }

    /**
     * This series' rule in the given mode, a service every 500 h or 6 months (the first too), and a machine of it
     * as {@link #machineRunningTenHoursADay}.
     */
    public UUID machineWithRule(String mode) {
        rule(mode, 500, 6, 500, 6);
        return machineRunningTenHoursADay();
    }

    /** A machine delivered on 2026-01-01, read at 100 h on 02-01 and 400 h on 03-03: 10 h a day. */
    public UUID machineRunningTenHoursADay() {
        UUID machine = machine("2026-01-01");
        reading(machine, 100, "2026-02-01");
        reading(machine, 400, "2026-03-03");
        return machine;
    }

    public UUID machine(String deliveryDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("serialNumber", TestData.unique("SN").toUpperCase());
        body.put("productSeries", series);
        body.put("application", "GENERATOR_SET");
        if (deliveryDate != null) {
            body.put("deliveryDate", deliveryDate);
        }
        return UUID.fromString(admin().body(body).post("/api/v1/customers/" + customer + "/equipment").then()
                .statusCode(201).extract().path("id"));
    }

    public void reading(UUID machine, int hours, String on) {
        admin().body(Map.of("reading", hours, "unit", "HOURS", "readOn", on))
                .post("/api/v1/maintenance/equipment/" + machine + "/readings").then().statusCode(201);
    }

    /** The machine's items, oldest first. */
    public java.util.List<Map<String, Object>> items(UUID machine) {
        return admin().queryParam("equipmentId", machine).queryParam("limit", 500)
                .get("/api/v1/maintenance/due").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The machine's latest item (its open one, while there is one). */
    public Map<String, Object> latest(UUID machine) {
        java.util.List<Map<String, Object>> items = items(machine);
        return items.get(items.size() - 1);
    }

    /** A maintenance visit at this station, completed at {@code at} with the hour meter at {@code hours}. */
    public UUID completedMaintenance(UUID machine, int hours, Instant at) {
        UUID id = completedNotYetRead(machine, "MAINTENANCE", hours, at);
        readCompletedVisits();
        return id;
    }

    /** A visit of the type completed at {@code at} (meter at {@code hours}, or none), its event left for the readers. */
    public UUID completedNotYetRead(UUID machine, String type, Integer hours, Instant at) {
        return completedNotYetRead(machine, type, hours, at, station);
    }

    /** As {@link #completedNotYetRead(UUID, String, Integer, Instant)}, at another station of the dealer. */
    public UUID completedNotYetRead(UUID machine, String type, Integer hours, Instant at, UUID station) {
        UUID id = visit(machine, type, hours, at, station);
        Tokens.technician(station).body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                at.toString(), "outcome", "FIXED")).post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        return id;
    }

    /**
     * A maintenance visit whose completion reaches the readers as an event of the shape recorded before it carried
     * the visit's type and meter reading (an event still in the outbox when the new version starts).
     */
    public UUID completedMaintenanceRecordedBefore(UUID machine, int hours, Instant at) {
        UUID id = visit(machine, "MAINTENANCE", hours, at, station);
        Map<String, Object> before = Map.of("visitId", id, "customerId", customer, "equipmentId", machine,
                "stationId", station, "completedAt", at, "outcome", "FIXED");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Arc.container()
                .instance(io.fieldback.common.DomainEvents.class).get().record("visit.completed", id, null, before));
        readCompletedVisits();
        return id;
    }

    /** A visit at this station, not yet completed, with the hour meter at {@code hours} (null: not read). */
    private UUID visit(UUID machine, String type, Integer hours, Instant at, UUID station) {
        UUID id = UuidV7.next();
        Map<String, Object> visit = new HashMap<>();
        visit.put("customerId", customer.toString());
        visit.put("equipmentId", machine.toString());
        visit.put("stationId", station.toString());
        visit.put("type", type);
        visit.put("requestedAt", at.minusSeconds(3 * 3600).toString());
        if (hours != null) {
            visit.put("meterReading", hours);
            visit.put("meterUnit", "HOURS");
        }
        admin().body(visit).put("/api/v1/visits/" + id).then().statusCode(201);
        return id;
    }

    /** What the outbox readers' jobs do every few seconds, now: maintenance and booking learn of completed visits. */
    public static void readCompletedVisits() {
        Arc.container().instance(CompletedVisitReader.class).get().runOnce();
        Arc.container().instance(BookingJobs.class).get().completedVisits();
    }
}
