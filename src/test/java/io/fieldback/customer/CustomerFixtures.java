package io.fieldback.customer;

import static io.fieldback.support.Tokens.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.fieldback.support.TestData;

/** Request bodies and records for customers, their contacts and their equipment. */
public final class CustomerFixtures {

    public static final String CUSTOMERS = "/api/v1/customers";

    private CustomerFixtures() {
    }

    public static Map<String, Object> customerBody() {
        return new HashMap<>(TestData.customer());
    }

    public static Map<String, Object> customerBody(UUID dealerId) {
        Map<String, Object> body = customerBody();
        body.put("dealerId", dealerId.toString());
        return body;
    }

    public static UUID customer(Map<String, Object> body) {
        return UUID.fromString(admin().body(body).post(CUSTOMERS).then().statusCode(201).extract().path("id"));
    }

    /** A Chinese mobile number no other test uses (E.164, 13 digits). */
    public static String mobile() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String contacts(UUID customerId) {
        return CUSTOMERS + "/" + customerId + "/contacts";
    }

    public static String equipment(UUID customerId) {
        return CUSTOMERS + "/" + customerId + "/equipment";
    }

    public static Map<String, Object> contactBody(String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "李师傅");
        body.put("role", "DRIVER");
        body.put("phone", phone);
        body.put("callWindowStart", "09:00");
        body.put("callWindowEnd", "18:00");
        body.put("preferred", false);
        return body;
    }

    public static UUID contact(UUID customerId, Map<String, Object> body) {
        return UUID.fromString(admin().body(body).post(contacts(customerId)).then().statusCode(201).extract()
                .path("id"));
    }

    public static String serial() {
        return TestData.unique("LGHX").toUpperCase();
    }

    public static Map<String, Object> equipmentBody(String serial) {
        Map<String, Object> body = new HashMap<>();
        body.put("serialNumber", serial);
        body.put("productSeries", "YC6K");
        body.put("application", "TRUCK");
        body.put("deliveryDate", "2025-03-18");
        body.put("warrantyUntil", "2027-03-17");
        body.put("warrantyLimit", 200000);
        body.put("warrantyLimitUnit", "KM");
        return body;
    }

    public static UUID equipment(UUID customerId, Map<String, Object> body) {
        return UUID.fromString(admin().body(body).post(equipment(customerId)).then().statusCode(201).extract()
                .path("id"));
    }
}
