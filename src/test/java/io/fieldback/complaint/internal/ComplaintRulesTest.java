package io.fieldback.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.FieldError;
import io.fieldback.common.Outcome;
import io.fieldback.complaint.Category;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.ComplaintStatus;

/** The complaint's own rules, without a server: each step, its refusals and what it returns. */
class ComplaintRulesTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");
    static final Duration VERIFICATION = Duration.ofDays(30);

    @Test
    void aStepTheWorkflowDoesNotAllowIsRefusedWithWhyAndWhatIsAllowed() {
        Complaint complaint = complaint(ComplaintStatus.RECEIVED);
        Outcome<ComplaintMoved> outcome = move(complaint, ComplaintStatus.CLOSED, null);
        assertTrue(outcome.isRefused());
        assertEquals(409, outcome.refusal().status());
        assertEquals("illegal-transition", outcome.refusal().slug());
        assertEquals("cannot move from RECEIVED to CLOSED: a complaint is closed only after verification "
                + "(status VERIFIED); allowed from RECEIVED: CONTACTED", outcome.refusal().detail());
        assertEquals(ComplaintStatus.RECEIVED, complaint.status, "a refused step changes nothing");
    }

    @Test
    void contactingMeetsTheFirstContactDeadline() {
        Complaint complaint = complaint(ComplaintStatus.RECEIVED);
        ComplaintMoved step = move(complaint, ComplaintStatus.CONTACTED, null).orThrow();
        assertEquals(ClockKind.FIRST_CONTACT, step.metClock());
        assertEquals(RECEIVED.plusSeconds(3600), step.at());
        assertEquals(ComplaintStatus.CONTACTED, complaint.status);
        assertNull(step.closed());
    }

    @Test
    void aRemedyIsProposedOnlyOnAnInvestigationThatNamesEverythingItNeeds() {
        Complaint complaint = complaint(ComplaintStatus.INVESTIGATING);
        complaint.rootCause = "loose hose clamp";
        Outcome<ComplaintMoved> outcome = move(complaint, ComplaintStatus.REMEDY_PROPOSED, null);
        assertEquals("transition-refused", outcome.refusal().slug());
        assertEquals(List.of("investigation.departmentCode", "investigation.faultOrigin",
                "investigation.temporaryCountermeasure"),
                outcome.refusal().reasons().stream().map(FieldError::field).toList());
    }

    @Test
    void verificationWaitsForTheWatchPeriodAfterTheRemedy() {
        Complaint complaint = complaint(ComplaintStatus.REMEDY_DONE);
        complaint.remedyDoneAt = RECEIVED;
        Instant tooEarly = RECEIVED.plus(Duration.ofDays(29));
        assertTrue(complaint.move(ComplaintStatus.VERIFIED, null, tooEarly, null, null, VERIFICATION).isRefused());
        Instant due = RECEIVED.plus(VERIFICATION);
        assertEquals(due, complaint.move(ComplaintStatus.VERIFIED, null, due, null, null, VERIFICATION).orThrow().at());
    }

    @Test
    void aStepTimeMayNotPrecedeTheReceiptNorTheStepBeforeNorLieInTheFuture() {
        Instant now = RECEIVED.plusSeconds(3600);
        Complaint complaint = complaint(ComplaintStatus.RECEIVED);
        assertEquals("occurredAt", complaint.move(ComplaintStatus.CONTACTED, RECEIVED.minusSeconds(1), now, null, null,
                VERIFICATION).refusal().reasons().get(0).field());
        Instant latest = RECEIVED.plusSeconds(600);
        assertTrue(complaint.move(ComplaintStatus.CONTACTED, RECEIVED.plusSeconds(60), now, latest, null, VERIFICATION)
                .isRefused());
        assertTrue(complaint.move(ComplaintStatus.CONTACTED, now.plus(Duration.ofMinutes(6)), now, null, null,
                VERIFICATION).isRefused());
        // a sender's clock a little fast is taken as now
        assertEquals(now, complaint.move(ComplaintStatus.CONTACTED, now.plus(Duration.ofMinutes(4)), now, null, null,
                VERIFICATION).orThrow().at());
    }

    @Test
    void closingClearsTheLastAnswerAndReopeningMakesTheNextClosureAskAgain() {
        Complaint complaint = complaint(ComplaintStatus.VERIFIED);
        complaint.secondSatisfied = true;
        ComplaintMoved closed = move(complaint, ComplaintStatus.CLOSED, null).orThrow();
        assertEquals(1, closed.closed().closure());
        assertNull(complaint.secondSatisfied);
        assertTrue(complaint.answerSecondSatisfaction(1, false, "still leaks", UUID.randomUUID(), "agent", RECEIVED));

        assertEquals("note", move(complaint, ComplaintStatus.REOPENED, " ").refusal().reasons().get(0).field());
        move(complaint, ComplaintStatus.REOPENED, "the leak is back").orThrow();
        assertFalse(complaint.closureStands(1));
        assertFalse(complaint.answerSecondSatisfaction(1, true, null, UUID.randomUUID(), "agent", RECEIVED),
                "an answer about the first closure no longer stands");
        assertEquals(2, complaint.closure());
    }

    @Test
    void compensationIsApprovedUnderTheMostGenerousRoleWithinItsLimitAndCurrency() {
        ComplaintConfig.Compensation rules = rules();
        Currency cny = Currency.getInstance("CNY");
        Set<String> handlerAndSupervisor = Set.of("complaint-handler", "supervisor");
        assertEquals("supervisor", CompensationLimits.approverRole(rules, handlerAndSupervisor::contains,
                new BigDecimal("5000"), cny).orThrow());
        assertEquals(422, CompensationLimits.approverRole(rules, handlerAndSupervisor::contains,
                new BigDecimal("10000.01"), cny).refusal().status());
        assertTrue(CompensationLimits.approverRole(rules, handlerAndSupervisor::contains, new BigDecimal("10"),
                Currency.getInstance("EUR")).isRefused(), "a limited role approves only in the limits' currency");
        assertEquals("admin", CompensationLimits.approverRole(rules, Set.of("admin")::contains,
                new BigDecimal("99999"), Currency.getInstance("EUR")).orThrow());
        assertTrue(CompensationLimits.approverRole(rules, Set.of("agent")::contains, BigDecimal.ONE, cny)
                .isRefused());
    }

    private static Outcome<ComplaintMoved> move(Complaint complaint, ComplaintStatus to, String note) {
        return complaint.move(to, null, RECEIVED.plusSeconds(3600), null, note, VERIFICATION);
    }

    private static Complaint complaint(ComplaintStatus status) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.customerId = UUID.randomUUID();
        complaint.category = Category.values()[0];
        complaint.receivedAt = RECEIVED;
        complaint.status = status;
        return complaint;
    }

    private static ComplaintConfig.Compensation rules() {
        return new ComplaintConfig.Compensation() {
            @Override
            public String currency() {
                return "CNY";
            }

            @Override
            public Map<String, BigDecimal> limits() {
                return Map.of("complaint-handler", new BigDecimal("2000"), "supervisor", new BigDecimal("10000"));
            }

            @Override
            public List<String> unlimitedRoles() {
                return List.of("admin");
            }
        };
    }
}
