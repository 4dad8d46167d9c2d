package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;

/**
 * A tenant's campaign records for the tenancy matrix: a machine of a series of its own, in a started campaign
 * whose item was done by a visit at the tenant's station (so the station sees it). Made through the API.
 */
final class CampaignTenant {

    private static final String URL = "/api/v1/campaigns";

    private final TenancyWorld world;
    private final String series = TestData.unique("CMP").toUpperCase();
    private final String machineSerial = TenancyWorld.serial();
    private final UUID machine;
    /** A completed repair visit of the machine at the tenant's station: it closes any of the machine's items. */
    final UUID visit;
    final UUID campaign;
    final UUID item;

    CampaignTenant(TenancyWorld world) {
        this.world = world;
        machine = UUID.fromString(admin().body(Map.of("serialNumber", machineSerial, "productSeries", series,
                "application", "TRUCK", "deliveryDate", "2026-01-10")).post("/api/v1/customers/" + world.customer
                + "/equipment").then().statusCode(201).extract().path("id"));
        visit = completedVisit();
        campaign = newStartedCampaign();
        item = newItem(campaign);
        admin().body(Map.of("visitId", visit.toString())).post("/api/v1/campaign-items/" + item + "/visit").then()
                .statusCode(200);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", TestData.unique("RC").toUpperCase());
        body.put("kind", "INSPECTION");
        body.put("name", "冷却系统检查");
        body.put("productSeries", series);
        body.put("serialFrom", machineSerial);
        body.put("serialTo", machineSerial);
        body.put("deadline", "2099-12-31");
        return body;
    }

    UUID newCampaign() {
        return UUID.fromString(admin().body(body()).post(URL).then().statusCode(201).extract().path("id"));
    }

    UUID newStartedCampaign() {
        UUID id = newCampaign();
        admin().post(URL + "/" + id + "/start").then().statusCode(200);
        return id;
    }

    /** A fresh open item of the tenant's machine (in a campaign of its own). */
    UUID newItem() {
        return newItem(newStartedCampaign());
    }

    private UUID newItem(UUID started) {
        return UUID.fromString(admin().get(URL + "/" + started + "/items").then().statusCode(200).extract()
                .path("items[0].id"));
    }

    private UUID completedVisit() {
        UUID id = UuidV7.next();
        admin().body(Map.of("customerId", world.customer.toString(), "equipmentId", machine.toString(), "stationId",
                world.station.toString(), "type", "WARRANTY_REPAIR", "requestedAt",
                Instant.now().minusSeconds(7200).toString())).put("/api/v1/visits/" + id).then().statusCode(201);
        admin().body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                Instant.now().minusSeconds(3600).toString(), "outcome", "FIXED"))
                .post("/api/v1/visits/" + id + "/events").then().statusCode(201);
        return id;
    }
}
