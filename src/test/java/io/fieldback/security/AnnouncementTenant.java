package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's announcement records for the tenancy matrix: a notice to the tenant's dealer (so it reaches the
 * tenant's station) with one document, published. Made through the API.
 */
final class AnnouncementTenant {

    private static final String URL = "/api/v1/announcements";

    private final TenancyWorld world;
    final UUID announcement;
    final UUID document;

    AnnouncementTenant(TenancyWorld world) {
        this.world = world;
        announcement = newDraft();
        document = UUID.fromString(admin().contentType("image/png").queryParam("fileName", "bulletin.png")
                .body(TenancyWorld.PNG).post(URL + "/" + announcement + "/attachments").then().statusCode(201)
                .extract().path("id"));
        admin().post(URL + "/" + announcement + "/publish").then().statusCode(200);
    }

    Map<String, Object> body() {
        return Map.of("title", "服务政策调整通知", "body", "自下月起保修工时单价调整。", "kind", "POLICY_CHANGE",
                "mandatory", true, "dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString(),
                "addressees", Map.of("dealerIds", List.of(world.dealer.toString())));
    }

    UUID newDraft() {
        return UUID.fromString(admin().body(body()).post(URL).then().statusCode(201).extract().path("id"));
    }

    UUID newPublished() {
        UUID id = newDraft();
        admin().post(URL + "/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
