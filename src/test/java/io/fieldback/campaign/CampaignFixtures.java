package io.fieldback.campaign;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.campaign.internal.CampaignReaders;
import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;
import io.quarkus.arc.Arc;

/** A dealer with a station, an EAST and a NORTH customer, and a product series and serial prefix of its own. */
final class CampaignFixtures {

    static final String URL = "/api/v1/campaigns";
    static final String ITEMS = "/api/v1/campaign-items";

    final UUID dealer = TestData.dealer();
    final UUID station = TestData.station(dealer);
    final UUID east = TestData.customer(dealer);
    final UUID north = customerIn("NORTH");
    final String series = TestData.unique("S").toUpperCase();
    final String prefix = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();

    private UUID customerIn(String region) {
        Map<String, Object> body = new HashMap<>(TestData.customer());
        body.put("dealerId", dealer.toString());
        body.put("region", region);
        body.remove("province");
        return UUID.fromString(admin().body(body).post("/api/v1/customers").then().statusCode(201).extract().path("id"));
    }

    String serial(int n) {
        return prefix + String.format("%04d", n);
    }

    UUID machine(UUID customer, int n, String delivered) {
        return UUID.fromString(admin().body(Map.of("serialNumber", serial(n), "productSeries", series, "application",
                "TRUCK", "deliveryDate", delivered)).post("/api/v1/customers/" + customer + "/equipment").then()
                .statusCode(201).extract().path("id"));
    }

    Map<String, Object> body(int from, int to, String region, String deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", TestData.unique("RC").toUpperCase());
        body.put("kind", "RECALL");
        body.put("name", "水泵召回");
        body.put("productSeries", series);
        body.put("serialFrom", serial(from));
        body.put("serialTo", serial(to));
        body.put("deliveredFrom", "2026-01-01");
        body.put("deliveredTo", "2026-12-31");
        if (region != null) {
            body.put("region", region);
        }
        body.put("deadline", deadline);
        return body;
    }

    UUID campaign(Map<String, Object> body) {
        return UUID.fromString(admin().body(body).post(URL).then().statusCode(201).extract().path("id"));
    }

    List<Map<String, Object>> items(UUID campaign) {
        return admin().queryParam("limit", 500).get(URL + "/" + campaign + "/items").then().statusCode(200).extract()
                .jsonPath().getList("items");
    }

    /** The item of a machine in a campaign. */
    Map<String, Object> item(UUID campaign, UUID machine) {
        return items(campaign).stream().filter(i -> machine.toString().equals(i.get("equipmentId"))).findFirst()
                .orElseThrow();
    }

    /** A visit of this type on the machine at the station, completed an hour ago; the readers then run. */
    UUID completedVisit(UUID customer, UUID machine, String type) {
        UUID id = completedNotYetRead(customer, machine, type);
        readEvents();
        return id;
    }

    private UUID requestedVisit(UUID customer, UUID machine, String type) {
        UUID id = UuidV7.next();
        admin().body(Map.of("customerId", customer.toString(), "equipmentId", machine.toString(), "stationId",
                station.toString(), "type", type, "requestedAt", Instant.now().minusSeconds(7200).toString()))
                .put("/api/v1/visits/" + id).then().statusCode(201);
        return id;
    }

    /** The same visit, its event left for the readers. */
    UUID completedNotYetRead(UUID customer, UUID machine, String type) {
        UUID id = requestedVisit(customer, machine, type);
        admin().body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                Instant.now().minusSeconds(3600).toString(), "outcome", "FIXED"))
                .post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        return id;
    }

    /**
     * The same visit, its completion left for the readers as an event of the shape recorded before events carried
     * the visit's type (the readers read it from the visit).
     */
    UUID completedRecordedBefore(UUID customer, UUID machine, String type) {
        UUID id = requestedVisit(customer, machine, type);
        Map<String, Object> before = Map.of("visitId", id, "customerId", customer, "equipmentId", machine,
                "stationId", station, "completedAt", Instant.now().minusSeconds(3600), "outcome", "FIXED");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Arc.container()
                .instance(io.fieldback.common.DomainEvents.class).get().record("visit.completed", id, null, before));
        return id;
    }

    /** An appointment for the machine at the station a week ahead, 09:00 Shanghai; the readers then run. */
    UUID book(UUID machine) {
        List<Map<String, Object>> hours = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> Map.<String, Object>of("day", d.name(), "opens", "08:00", "closes", "12:00")).toList();
        admin().body(Map.of("slotMinutes", 60, "bays", 2, "openingHours", hours, "closures", List.of()))
                .put("/api/v1/stations/" + station + "/capacity").then().statusCode(200);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant at = java.time.LocalDate.now(zone).plusDays(7).atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
        String id = io.fieldback.support.Tokens.as("agent").body(Map.of("stationId", station.toString(), "equipmentId",
                machine.toString(), "startsAt", at.toString(), "hold", false)).post("/api/v1/appointments").then()
                .statusCode(201).extract().path("id");
        readEvents();
        return UUID.fromString(id);
    }

    /** How many items the readers moved. */
    static int readEvents() {
        return Arc.container().instance(CampaignReaders.class).get().runOnce();
    }
}
