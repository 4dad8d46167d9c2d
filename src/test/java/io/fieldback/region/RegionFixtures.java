package io.fieldback.region;

import static io.fieldback.support.Tokens.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.fieldback.customer.CustomerFixtures;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.restassured.response.Response;

/** Customers placed in regions and provinces, and their follow-up calls, all through the API. */
final class RegionFixtures {

    static final String REGIONS = "/api/v1/regions";
    static final String PROVINCES = "/api/v1/provinces";
    static final String CUSTOMERS = "/api/v1/customers";
    static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");

    private RegionFixtures() {
    }

    /** A day no other test puts calls on, so a one-day report holds exactly what the test made. */
    static LocalDate freshDay() {
        return LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 90 * 365));
    }

    static Map<String, Object> customerBody(String region, String province) {
        Map<String, Object> body = new HashMap<>(TestData.customer());
        body.put("region", region);
        if (province == null) {
            body.remove("province");
        } else {
            body.put("province", province);
        }
        return body;
    }

    static Response postCustomer(String region, String province) {
        return admin().body(customerBody(region, province)).post(CUSTOMERS);
    }

    /** A customer with a contact to call. */
    static UUID customer(String region, String province) {
        UUID id = UUID.fromString(postCustomer(region, province).then().statusCode(201).extract().path("id"));
        admin().body(Map.of("name", "李师傅", "role", "DRIVER", "phone", CustomerFixtures.mobile(), "preferred", true))
                .post(CUSTOMERS + "/" + id + "/contacts").then().statusCode(201);
        return id;
    }

    /** A call due on the day, completed by an agent in a 5-minute call (not perfunctory). */
    static void completedCall(UUID customer, LocalDate day, boolean qualitySatisfied) {
        Instant due = day.atTime(LocalTime.of(10, 0)).atZone(REPORT_ZONE).toInstant();
        String call = admin().body(Map.of("customerId", customer.toString(), "dueAt", due.toString()))
                .post("/api/v1/followups").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String dimension : List.of("quality", "attitude", "speed", "proactive")) {
            boolean satisfied = !dimension.equals("quality") || qualitySatisfied;
            answers.add(Map.<String, Object>of("item", dimension + "_satisfied", "value", satisfied));
            answers.add(Map.<String, Object>of("item", dimension + "_score", "value", satisfied ? 5 : 2));
        }
        io.restassured.RestAssured.given().auth()
                .oauth2(Tokens.token(TestData.unique("agent"), "agent", null, null)).contentType("application/json")
                .body(Map.of("outcome", "COMPLETED", "durationSeconds", 300, "questionnaireVersion", 1,
                        "answers", answers))
                .post("/api/v1/followups/" + call + "/attempts").then().statusCode(201);
    }

    static UUID regionId(String code) {
        return UUID.fromString(admin().queryParam("code", code).get(REGIONS).then().statusCode(200).extract()
                .path("items[0].id"));
    }

    static UUID provinceId(String code) {
        List<Map<String, Object>> items = admin().queryParam("limit", 500).get(PROVINCES).then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(p -> code.equals(p.get("code"))).map(p -> UUID.fromString((String) p.get("id")))
                .findFirst().orElseThrow();
    }

    /** A region of the test's own, so changing it touches no other test. */
    static Map<String, Object> newRegion() {
        String code = TestData.unique("R").toUpperCase();
        return Map.of("code", code, "nameZh", "测试大区" + code, "nameEn", "Test " + code, "position", 5000);
    }
}
