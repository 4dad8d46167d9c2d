package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.at;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.customer;
import static io.fieldback.complaint.ComplaintFixtures.department;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.investigate;
import static io.fieldback.complaint.ComplaintFixtures.investigation;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The corrective-report clock follows the fault origin as it stands, also after the escalation job has
 * recorded a breach under the rule that held before. Each test lives in a month no other test uses, on
 * a stopped clock, so the monthly figures are this test's complaints only.
 */
@QuarkusTest
class ClockFollowsFactsTest {

    private static final String REPORT = "clocks.find { it.clock == 'CORRECTIVE_REPORT' }";

    @Inject
    ComplaintJobs job;

    @AfterEach
    void realTime() {
        time().reset();
    }

    private static UUID normalComplaint(Instant receivedAt) {
        Map<String, Object> body = body(customer());
        body.put("severity", "NORMAL");
        body.put("receivedAt", receivedAt.toString());
        return create(body);
    }

    private static ValidatableResponse report(UUID id) {
        return handler().get(path(id)).then().statusCode(200);
    }

    private static long reportEscalations(UUID id) {
        return handler().get(path(id)).then().statusCode(200).extract().jsonPath()
                .getList("escalations.findAll { it.clock == 'CORRECTIVE_REPORT' }").size();
    }

    /** An origin without the permanent countermeasure: the report is not complete, the clock runs. */
    private static void originOnly(UUID id, String origin) {
        Map<String, Object> partial = investigation(department(), origin);
        partial.remove("permanentCountermeasure");
        investigate(id, partial).then().statusCode(200);
    }

    @Test
    void aSupplierFaultFoundAfterTheInHouseBreachMakesTheReportMetAndTheFiguresFollow() {
        Instant t0 = Instant.parse("2016-05-02T00:00:00Z");
        // B: in-house fault, report on day 2 -> met; C: in-house fault, report on day 5 -> missed
        at(t0);
        UUID b = normalComplaint(t0);
        UUID c = normalComplaint(t0);
        at(t0.plus(Duration.ofDays(2)));
        investigate(b, "IN_HOUSE");

        // A: received 4 days ago; the job has recorded the in-house breach (receipt + 3 days) by now
        at(t0.plus(Duration.ofDays(4)));
        UUID a = normalComplaint(t0);
        job.escalateBreaches();
        report(a).body(REPORT + ".status", equalTo("MISSED")).body(REPORT + ".escalatedAt", notNullValue());
        // the investigation finds a supplier's fault and the report is recorded on day 4
        investigate(a, "SUPPLIER");
        report(a).body(REPORT + ".dueAt", equalTo("2016-05-09T00:00:00Z"))
                .body(REPORT + ".status", equalTo("MET"))
                .body(REPORT + ".escalatedAt", nullValue())
                // the escalation that went out stays in the history
                .body("escalations.findAll { it.clock == 'CORRECTIVE_REPORT' }", hasSize(1));

        at(t0.plus(Duration.ofDays(5)));
        investigate(c, "IN_HOUSE");
        job.escalateBreaches();
        org.assertj.core.api.Assertions.assertThat(reportEscalations(a)).isEqualTo(1);

        // hand count of the corrective report: A met (day 4 of 7), B met (day 2 of 3), C missed (day 5 of 3)
        handler().queryParam("month", "2016-05").get(ComplaintFixtures.COMPLAINTS + "/figures").then()
                .statusCode(200)
                .body("onTime.find { it.clock == 'CORRECTIVE_REPORT' }.met", equalTo(2))
                .body("onTime.find { it.clock == 'CORRECTIVE_REPORT' }.missed", equalTo(1))
                .body("onTime.find { it.clock == 'CORRECTIVE_REPORT' }.running", equalTo(0));
        as(Roles.ANALYST).get("/api/v1/insights/complaints?from=2016-05-01&to=2016-05-31").then().statusCode(200)
                .body("onTime.find { it.clock == 'CORRECTIVE_REPORT' }.met", equalTo(2))
                .body("onTime.find { it.clock == 'CORRECTIVE_REPORT' }.missed", equalTo(1));
    }

    @Test
    void anInHouseFaultFoundAfterThreeDaysMakesTheRunningReportMissedAndEscalatesOnce() {
        Instant t0 = Instant.parse("2016-07-04T00:00:00Z");
        at(t0);
        UUID id = normalComplaint(t0);
        at(t0.plus(Duration.ofDays(1)));
        originOnly(id, "SUPPLIER");
        at(t0.plus(Duration.ofDays(4)));
        job.escalateBreaches();
        report(id).body(REPORT + ".status", equalTo("RUNNING")).body(REPORT + ".dueAt", equalTo("2016-07-11T00:00:00Z"));
        org.assertj.core.api.Assertions.assertThat(reportEscalations(id)).isZero();

        // it was in-house after all: due at receipt + 3 days, which has passed
        originOnly(id, "IN_HOUSE");
        report(id).body(REPORT + ".status", equalTo("MISSED")).body(REPORT + ".dueAt", equalTo("2016-07-07T00:00:00Z"));
        job.escalateBreaches();
        job.escalateBreaches();
        org.assertj.core.api.Assertions.assertThat(reportEscalations(id)).isEqualTo(1);
        report(id).body(REPORT + ".escalatedAt", notNullValue());

        // back and forth: the breach follows the origin, the escalation is not sent again
        originOnly(id, "SUPPLIER");
        report(id).body(REPORT + ".status", equalTo("RUNNING")).body(REPORT + ".escalatedAt", nullValue());
        originOnly(id, "IN_HOUSE");
        job.escalateBreaches();
        org.assertj.core.api.Assertions.assertThat(reportEscalations(id)).isEqualTo(1);
        report(id).body(REPORT + ".status", equalTo("MISSED")).body(REPORT + ".escalatedAt", notNullValue());

        handler().queryParam("month", "2016-07").get(ComplaintFixtures.COMPLAINTS + "/figures").then()
                .statusCode(200)
                .body("onTime.find { it.clock == 'CORRECTIVE_REPORT' }.met", equalTo(0))
                .body("onTime.find { it.clock == 'CORRECTIVE_REPORT' }.missed", equalTo(1));
    }

    @Test
    void aStoppedReportsStatusFollowsALaterChangeOfOrigin() {
        Instant t0 = Instant.parse("2016-09-05T00:00:00Z");
        at(t0);
        UUID id = normalComplaint(t0);
        // the complete report on day 5 under a supplier's fault: met
        at(t0.plus(Duration.ofDays(5)));
        investigate(id, "SUPPLIER");
        report(id).body(REPORT + ".status", equalTo("MET"));
        // corrected on day 6: the fault was in-house, so the report of day 5 was late
        at(t0.plus(Duration.ofDays(6)));
        investigate(id, "IN_HOUSE");
        report(id).body(REPORT + ".status", equalTo("MISSED"))
                .body(REPORT + ".stoppedAt", equalTo("2016-09-10T00:00:00Z"));
        job.escalateBreaches();
        org.assertj.core.api.Assertions.assertThat(reportEscalations(id)).isEqualTo(1);
    }
}
