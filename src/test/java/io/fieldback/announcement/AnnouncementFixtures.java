package io.fieldback.announcement;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;

/** Stations, regions, serviced machines and announcements for the announcement tests, made through the API. */
public final class AnnouncementFixtures {

    static final String URL = "/api/v1/announcements";
    /** The smallest PDF header the storage accepts as a PDF. */
    static final byte[] PDF = "%PDF-1.4\n% 技术通报\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private AnnouncementFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A new active region of its own, so a test knows every station in it. */
    static String newRegion() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        admin().body(Map.of("code", code, "nameZh", "大区" + code, "nameEn", "Region " + code, "position", 9100))
                .post("/api/v1/regions").then().statusCode(201);
        return code;
    }

    static UUID station(UUID dealer, String region) {
        Map<String, Object> body = new HashMap<>(TestData.station(dealer, 30.5, 114.3));
        body.put("region", region);
        body.remove("province");
        return UUID.fromString(admin().body(body).post("/api/v1/stations").then().statusCode(201).extract().path("id"));
    }

    /** A visit at the station on a machine of the series: the station has serviced the series. */
    static void serviced(UUID station, UUID dealer, String series) {
        UUID customer = TestData.customer(dealer);
        UUID machine = UUID.fromString(admin().body(Map.of("serialNumber", "SN" + UuidV7.next().toString()
                .replace("-", "").substring(18), "productSeries", series, "application", "TRUCK", "deliveryDate",
                "2024-01-01")).post("/api/v1/customers/" + customer + "/equipment").then().statusCode(201)
                .extract().path("id"));
        admin().body(Map.of("customerId", customer.toString(), "equipmentId", machine.toString(), "stationId",
                station.toString(), "type", "MAINTENANCE", "requestedAt", Instant.now().minusSeconds(7200).toString()))
                .put("/api/v1/visits/" + UuidV7.next()).then().statusCode(201);
    }

    static Map<String, Object> body(Map<String, Object> addressees) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "YC6K 喷油器密封圈更换技术通报");
        body.put("body", "维修YC6K喷油器时须同时更换新型密封圈。");
        body.put("kind", "TECHNICAL_BULLETIN");
        body.put("mandatory", true);
        body.put("dueDate", today().plusDays(10).toString());
        body.put("addressees", addressees);
        return body;
    }

    static UUID draft(Map<String, Object> addressees) {
        return UUID.fromString(admin().body(body(addressees)).post(URL).then().statusCode(201).extract().path("id"));
    }

    static UUID published(Map<String, Object> addressees) {
        UUID id = draft(addressees);
        admin().post(URL + "/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static Map<String, Object> toDealers(UUID... dealers) {
        return Map.of("dealerIds", List.of(dealers).stream().map(UUID::toString).toList());
    }

    static Map<String, Object> toRegions(String... regions) {
        return Map.of("regions", List.of(regions));
    }
}
