package io.fieldback.warranty;

import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static io.fieldback.warranty.WarrantyFixtures.analyst;
import static io.fieldback.warranty.WarrantyFixtures.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Changeset 129: a claim built before changeset 053 has no delivery day and is missing from the failures per
 * 1,000 machines; the backfill takes its machine's. The claim here is made through the API, its delivery day
 * then cleared as 053 left the old ones, and the changeset's statement run again (it is idempotent).
 */
@QuarkusTest
class WarrantyDeliveredOnBackfillTest {

    static final String CHANGESET = "db/changelog/129-warranty-claim-delivered-on-backfill.sql";

    @Inject
    TimeSource time;

    @Inject
    DataSource db;

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void aClaimFromBefore053GetsItsMachinesDeliveryDayAndCountsAgain() throws Exception {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID machine = w.machine("2025-06-10", "2027-03-17", 5000);
        w.machine("2025-06-20", "2027-03-17", 5000);
        UUID claim = w.draft(w.claim(w.completedVisit(machine, 1000), TestData.unique("WC")));
        String tag = etag(claim);
        time.use(Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneOffset.UTC));
        w.stationManager().header("If-Match", tag).post(CLAIMS + "/" + claim + "/submit").then().statusCode(200)
                .body("status", equalTo("AUTO_APPROVED"));
        time.reset();
        // hand count: June 2025, 2 machines delivered, 1 failure -> 500.00 per 1,000
        failuresInJune(w, 1);

        sql("UPDATE warranty_claims SET delivered_on = NULL WHERE id = UNHEX(REPLACE('" + claim + "', '-', ''))");
        failuresInJune(w, 0); // as a claim from before 053: left out

        sql(changesetStatement());
        failuresInJune(w, 1);
        assertThat(deliveredOn(claim)).isEqualTo("2025-06-10");
    }

    private static void failuresInJune(WarrantyFixtures w, int failures) {
        analyst().queryParam("from", "2025-06").queryParam("to", "2025-06").queryParam("productSeries", w.series)
                .get("/api/v1/warranty/figures/failure-rates").then().statusCode(200)
                .body("items[0].machinesDelivered", equalTo(2)).body("items[0].failures", equalTo(failures))
                .body("items[0].failuresPer1000", equalTo(failures * 500.0f));
    }

    /** The changeset's SQL without its Liquibase comment lines. */
    private static String changesetStatement() throws Exception {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CHANGESET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("--"))
                    .collect(Collectors.joining("\n")).replace(";", "").strip();
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private String deliveredOn(UUID claim) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT delivered_on FROM warranty_claims WHERE id = UNHEX(REPLACE(?, '-', ''))")) {
            s.setString(1, claim.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return String.valueOf(rs.getDate(1));
            }
        }
    }
}
