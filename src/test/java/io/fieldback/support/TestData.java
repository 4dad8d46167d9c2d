package io.fieldback.support;

import static io.fieldback.support.Tokens.admin;

import java.util.Map;
import java.util.UUID;

/** Fresh, uniquely coded records for each test, created through the API. */
public final class TestData {

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static UUID dealer() {
        return UUID.fromString(admin().body(Map.of("code", unique("DLR"), "name", "测试经销商"))
                .post("/api/v1/dealers").then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> station(UUID dealerId, double latitude, double longitude) {
        return Map.of("code", unique("ST"), "name", "服务站", "dealerId", dealerId.toString(), "region", "EAST",
                "province", "上海", "latitude", latitude, "longitude", longitude, "phone", "+862150501234",
                "open24h", true);
    }

    public static UUID station(UUID dealerId) {
        return UUID.fromString(admin().body(station(dealerId, 31.2304, 121.4737)).post("/api/v1/stations")
                .then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> customer() {
        return Map.of("code", unique("C"), "name", "江苏宏运物流有限公司", "relationship", "END_USER",
                "importance", "KEY", "region", "EAST", "province", "江苏", "doNotCall", false);
    }

    public static UUID customer(UUID dealerId) {
        Map<String, Object> body = new java.util.HashMap<>(customer());
        if (dealerId != null) {
            body.put("dealerId", dealerId.toString());
        }
        return UUID.fromString(admin().body(body).post("/api/v1/customers").then().statusCode(201)
                .extract().path("id"));
    }
}
