package io.fieldback.ops;

import static io.fieldback.support.Tokens.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** What operations watch: Prometheus metrics with the business counters, and readiness. */
@QuarkusTest
class MetricsTest {

    private static final Pattern COMPLETED_FIXED = Pattern
            .compile("(?m)^fieldback_visits_completed_total\\{[^}]*outcome=\"FIXED\"[^}]*\\} ([0-9.E]+)$");

    @Test
    void completingAVisitCountsInTheBusinessCounter() {
        double before = completedFixed();
        UUID dealer = TestData.dealer();
        UUID station = TestData.station(dealer);
        UUID customer = TestData.customer(dealer);
        UUID visit = UUID.randomUUID();
        Instant requested = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        admin().body(Map.of("customerId", customer.toString(), "stationId", station.toString(),
                "type", "WARRANTY_REPAIR", "requestedAt", requested.toString()))
                .put("/api/v1/visits/" + visit).then().statusCode(201);
        admin().body(Map.of("id", UUID.randomUUID().toString(), "type", "ARRIVED",
                "occurredAt", requested.plusSeconds(1800).toString()))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
        admin().body(Map.of("id", UUID.randomUUID().toString(), "type", "COMPLETED", "outcome", "FIXED",
                "occurredAt", requested.plusSeconds(3600).toString()))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);

        assertThat(completedFixed()).isEqualTo(before + 1);
    }

    @Test
    void httpServerMetricsAreByUriTemplate() {
        admin().get("/api/v1/dealers?limit=1").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/dealers\"");
    }

    @Test
    void readinessChecksTheMigrations() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("database migrations"))
                .body("checks.find { it.name == 'database migrations' }.status", equalTo("UP"));
    }

    private static double completedFixed() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = COMPLETED_FIXED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
