package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.advance;
import static io.fieldback.complaint.ComplaintFixtures.complaint;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.investigate;
import static io.fieldback.complaint.ComplaintFixtures.investigation;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.complaint.ComplaintFixtures.toRemedyDone;
import static io.fieldback.complaint.ComplaintFixtures.transition;
import static io.fieldback.station.StationFixtures.assertProblem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplaintRefusalTest {

    @AfterEach
    void realTime() {
        time().reset();
    }

    /** From each status, every target the workflow does not allow is refused with 409 naming the allowed ones. */
    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void everyStepOutOfOrderIsRefusedNamingTheAllowedOnes(ComplaintStatus status) {
        UUID id = complaint();
        reach(id, status);
        String allowed = status.next().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        Set<ComplaintStatus> refused = EnumSet.complementOf(EnumSet.copyOf(status.next()));
        for (ComplaintStatus target : refused) {
            assertProblem(transition(id, target.name()), 409)
                    .body("type", equalTo("https://fieldback.io/problems/illegal-transition"))
                    .body("detail", allOf(containsString("cannot move from " + status + " to " + target),
                            containsString("allowed from " + status + ": " + allowed)))
                    .body("errors.field", hasItem("to"));
        }
        handler().get(path(id)).then().body("status", equalTo(status.name()));
    }

    @Test
    void verificationBeforeTheRemedyIsDoneIsRefusedWithTheReason() {
        UUID id = complaint();
        step(id, "CONTACTED", "INVESTIGATING");
        investigate(id, "IN_HOUSE");
        step(id, "REMEDY_PROPOSED");
        assertProblem(transition(id, "VERIFIED"), 409)
                .body("detail", containsString("verification needs the remedy done first"))
                .body("detail", containsString("allowed from REMEDY_PROPOSED: INVESTIGATING, CUSTOMER_CONFIRMED"));
    }

    @Test
    void closureWithoutVerificationIsRefusedWithTheReason() {
        UUID id = complaint();
        toRemedyDone(id);
        assertProblem(transition(id, "CLOSED"), 409)
                .body("detail", containsString("a complaint is closed only after verification"))
                .body("detail", containsString("allowed from REMEDY_DONE: INVESTIGATING, VERIFIED"));
    }

    @Test
    void verificationWithinTheWatchingPeriodIsRefusedUntilItEnds() {
        UUID id = complaint();
        toRemedyDone(id);
        advance(Duration.ofDays(29));
        assertProblem(transition(id, "VERIFIED"), 409)
                .body("type", equalTo("https://fieldback.io/problems/transition-refused"))
                .body("detail", containsString("quality watches for a recurrence for PT720H"));
        advance(Duration.ofDays(1));
        step(id, "VERIFIED");
    }

    @Test
    void proposingARemedyBeforeTheInvestigationIsRefusedListingWhatIsMissing() {
        UUID id = complaint();
        step(id, "CONTACTED", "INVESTIGATING");
        assertProblem(transition(id, "REMEDY_PROPOSED"), 409)
                .body("type", equalTo("https://fieldback.io/problems/transition-refused"))
                .body("errors.field", containsInAnyOrder("investigation.rootCause", "investigation.departmentCode",
                        "investigation.faultOrigin", "investigation.temporaryCountermeasure"));
        Map<String, Object> partial = investigation(ComplaintFixtures.department(), "SUPPLIER");
        partial.remove("temporaryCountermeasure");
        investigate(id, partial).then().statusCode(200);
        assertProblem(transition(id, "REMEDY_PROPOSED"), 409)
                .body("errors.field", containsInAnyOrder("investigation.temporaryCountermeasure"));
    }

    @Test
    void finishingTheRemedyWithoutAPermanentCountermeasureIsRefused() {
        UUID id = complaint();
        step(id, "CONTACTED", "INVESTIGATING");
        Map<String, Object> noPermanent = investigation(ComplaintFixtures.department(), "IN_HOUSE");
        noPermanent.remove("permanentCountermeasure");
        investigate(id, noPermanent).then().statusCode(200);
        step(id, "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED");
        assertProblem(transition(id, "REMEDY_DONE"), 409)
                .body("errors.field", containsInAnyOrder("investigation.permanentCountermeasure"));
    }

    private static void reach(UUID id, ComplaintStatus status) {
        String[] path = { "CONTACTED", "INVESTIGATING", "REMEDY_PROPOSED", "CUSTOMER_CONFIRMED", "REMEDY_DONE",
                "VERIFIED", "CLOSED", "REOPENED" };
        for (String next : path) {
            if (status.name().equals(handler().get(path(id)).path("status"))) {
                return;
            }
            if (next.equals("REMEDY_PROPOSED")) {
                investigate(id, "IN_HOUSE");
            }
            if (next.equals("VERIFIED")) {
                advance(Duration.ofDays(31));
            }
            step(id, next);
        }
    }
}
