package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.advance;
import static io.fieldback.complaint.ComplaintFixtures.complaint;
import static io.fieldback.complaint.ComplaintFixtures.department;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.investigate;
import static io.fieldback.complaint.ComplaintFixtures.investigation;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Each clock met and missed, with the application's clock moved instead of waiting. */
@QuarkusTest
class ComplaintClocksTest {

    @AfterEach
    void realTime() {
        time().reset();
    }

    private static ValidatableResponse clock(UUID id, String clock, String status) {
        return handler().get(path(id)).then().statusCode(200)
                .body("clocks.find { it.clock == '" + clock + "' }.status", equalTo(status));
    }

    private static Instant due(UUID id, String clock) {
        return Instant.parse(handler().get(path(id)).path("clocks.find { it.clock == '" + clock + "' }.dueAt"));
    }

    private static Instant received(UUID id) {
        return Instant.parse(handler().get(path(id)).path("receivedAt"));
    }

    @Test
    void firstContactWithinTwelveHoursIsMet() {
        UUID id = complaint();
        advance(Duration.ofHours(11).plusMinutes(59));
        step(id, "CONTACTED");
        clock(id, "FIRST_CONTACT", "MET").body("clocks[0].stoppedAt", notNullValue());
        advance(Duration.ofDays(1));
        clock(id, "FIRST_CONTACT", "MET");
    }

    @Test
    void firstContactAfterTwelveHoursIsMissedAndStaysMissed() {
        UUID id = complaint();
        advance(Duration.ofHours(11));
        clock(id, "FIRST_CONTACT", "RUNNING");
        advance(Duration.ofHours(1).plusMinutes(1));
        clock(id, "FIRST_CONTACT", "MISSED");
        step(id, "CONTACTED");
        clock(id, "FIRST_CONTACT", "MISSED");
    }

    @Test
    void urgentReplyWithinFortyEightHoursIsMet() {
        UUID id = complaint("URGENT");
        assertThat(due(id, "REPLY")).isEqualTo(received(id).plus(Duration.ofHours(48)));
        step(id, "CONTACTED", "INVESTIGATING");
        investigate(id, "IN_HOUSE");
        advance(Duration.ofHours(47));
        step(id, "REMEDY_PROPOSED");
        clock(id, "REPLY", "MET");
    }

    @Test
    void urgentReplyAfterFortyEightHoursIsMissed() {
        UUID id = complaint("URGENT");
        step(id, "CONTACTED", "INVESTIGATING");
        investigate(id, "IN_HOUSE");
        advance(Duration.ofHours(49));
        clock(id, "REPLY", "MISSED");
        step(id, "REMEDY_PROPOSED");
        clock(id, "REPLY", "MISSED");
    }

    @Test
    void normalReplyHasThreeDaysSoFortyNineHoursIsStillMet() {
        UUID id = complaint("NORMAL");
        assertThat(due(id, "REPLY")).isEqualTo(received(id).plus(Duration.ofDays(3)));
        step(id, "CONTACTED", "INVESTIGATING");
        investigate(id, "IN_HOUSE");
        advance(Duration.ofHours(49));
        clock(id, "REPLY", "RUNNING");
        step(id, "REMEDY_PROPOSED");
        clock(id, "REPLY", "MET");
    }

    @Test
    void normalReplyAfterThreeDaysIsMissed() {
        UUID id = complaint("NORMAL");
        advance(Duration.ofDays(3).plusMinutes(1));
        clock(id, "REPLY", "MISSED");
    }

    @Test
    void inHouseCorrectiveReportWithinThreeDaysIsMet() {
        UUID id = complaint();
        advance(Duration.ofDays(2));
        investigate(id, "IN_HOUSE");
        clock(id, "CORRECTIVE_REPORT", "MET");
        assertThat(due(id, "CORRECTIVE_REPORT")).isEqualTo(received(id).plus(Duration.ofDays(3)));
    }

    @Test
    void inHouseCorrectiveReportAfterThreeDaysIsMissed() {
        UUID id = complaint();
        advance(Duration.ofDays(3).plusHours(1));
        clock(id, "CORRECTIVE_REPORT", "MISSED");
        investigate(id, "IN_HOUSE");
        clock(id, "CORRECTIVE_REPORT", "MISSED");
    }

    @Test
    void aSuppliersFaultGetsSevenDaysForTheReport() {
        UUID id = complaint();
        Map<String, Object> originOnly = investigation(department(), "SUPPLIER");
        originOnly.remove("permanentCountermeasure");
        investigate(id, originOnly).then().statusCode(200);
        assertThat(due(id, "CORRECTIVE_REPORT")).isEqualTo(received(id).plus(Duration.ofDays(7)));
        advance(Duration.ofDays(5));
        clock(id, "CORRECTIVE_REPORT", "RUNNING");
        investigate(id, "SUPPLIER");
        clock(id, "CORRECTIVE_REPORT", "MET");
    }

    @Test
    void aSuppliersReportAfterSevenDaysIsMissed() {
        UUID id = complaint();
        Map<String, Object> originOnly = investigation(department(), "SUPPLIER");
        originOnly.remove("permanentCountermeasure");
        investigate(id, originOnly).then().statusCode(200);
        advance(Duration.ofDays(8));
        clock(id, "CORRECTIVE_REPORT", "MISSED");
        investigate(id, "SUPPLIER");
        clock(id, "CORRECTIVE_REPORT", "MISSED");
    }

    @Test
    void anIncompleteInvestigationDoesNotStopTheReportClock() {
        UUID id = complaint();
        Map<String, Object> partial = investigation(department(), "IN_HOUSE");
        partial.remove("rootCause");
        investigate(id, partial).then().statusCode(200);
        clock(id, "CORRECTIVE_REPORT", "RUNNING");
    }
}
