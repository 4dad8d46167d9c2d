package io.fieldback.complaint.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.ETags;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.complaint.ComplaintClosed;
import io.fieldback.complaint.ComplaintStatus;
import io.fieldback.complaint.ComplaintStatusChanged;
import io.fieldback.complaint.ComplaintView;
import io.fieldback.complaint.ComplaintWorkflow;
import io.fieldback.complaint.InvestigationRequest;
import io.fieldback.complaint.TransitionRequest;
import io.fieldback.security.Caller;
import io.quarkus.logging.Log;

/**
 * Moves complaints through their workflow and records the investigation, the compensation and the
 * second-satisfaction answer. Every refusal names its reasons.
 */
@ApplicationScoped
class WorkflowService implements ComplaintWorkflow {

    private final ComplaintRegistry complaints;
    private final Caller caller;
    private final TimeSource time;
    private final ComplaintConfig config;
    private final Deadlines deadlines;
    private final DomainEvents events;

    public WorkflowService(ComplaintRegistry complaints, Caller caller, TimeSource time, ComplaintConfig config,
            Deadlines deadlines, DomainEvents events) {
        this.complaints = complaints;
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.deadlines = deadlines;
        this.events = events;
    }

    /** Takes one workflow step. If-Match is optional here: the workflow itself refuses stale steps. */
    @Transactional
    public ComplaintView transition(UUID id, TransitionRequest request, String ifMatch) {
        Complaint complaint = complaints.visible(id);
        if (ifMatch != null) {
            ETags.require(ifMatch, complaint.version);
        }
        Instant now = time.now();
        ComplaintMoved step = complaint.move(request.to(), request.occurredAt(), now, ComplaintStep.latest(complaint.id),
                request.note(), config.verificationPeriod()).orThrow();
        if (step.metClock() != null) {
            deadlines.stop(complaint, step.metClock(), step.at());
        }
        ComplaintStep.record(complaint.id, step.from(), step.to(), request.note(), caller.name(), step.at(), now);
        if (step.closed() != null) {
            // for the follow-up feature (second satisfaction); the dealer learns of closure from the status change
            events.record(CLOSED_TOPIC, complaint.id, null, step.closed());
        }
        // the dealer's change feed carries every step of complaints about its customers and visits
        events.record(STATUS_CHANGED_TOPIC, complaint.id, complaints.dealerOf(complaint), new ComplaintStatusChanged(
                complaint.id, complaint.customerId, complaint.visitId, step.from(), step.to(), step.at()));
        Complaint.flush();
        return complaints.view(complaint);
    }

    /** Records the investigation as it stands now (it replaces the previous record). */
    @Transactional
    public ComplaintView recordInvestigation(UUID id, InvestigationRequest request, String ifMatch) {
        Complaint complaint = complaints.visible(id);
        ETags.require(ifMatch, complaint.version);
        Instant now = time.now();
        String department = request.departmentCode() == null ? null
                : ComplaintRegistry.activeDepartment("departmentCode", request.departmentCode()).code;
        Instant at = Investigation.record(complaint, request, department, caller.name(), now).orThrow();
        deadlines.refreshCorrectiveReport(complaint, at);
        Complaint.flush();
        return complaints.view(complaint);
    }

    /** Records compensation approved by the caller, refused when it exceeds the caller's limit. */
    @Transactional
    public ComplaintView approveCompensation(UUID id, CompensationRequest request, String ifMatch) {
        Complaint complaint = complaints.visible(id);
        ETags.require(ifMatch, complaint.version);
        Currency currency;
        try {
            currency = Currency.getInstance(request.currency());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("currency", "'" + request.currency() + "' is not an ISO 4217 currency");
        }
        BigDecimal amount = new BigDecimal(request.amount());
        if (amount.signum() <= 0) {
            throw ApiException.badRequest("amount", "must be greater than 0");
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            throw ApiException.badRequest("amount", "at most " + digits + " decimal places for " + currency);
        }
        String role = CompensationLimits.approverRole(config.compensation(), caller::is, amount, currency).orThrow();
        complaint.compensationAmount = amount;
        complaint.compensationCurrency = currency.getCurrencyCode();
        complaint.compensationReason = request.reason();
        complaint.compensationApprovedBy = caller.name();
        complaint.compensationApproverRole = role;
        complaint.compensationApprovedAt = time.now();
        Complaint.flush();
        return complaints.view(complaint);
    }

    /** Records the answer of the second-satisfaction call that follows closure. */
    @Transactional
    public ComplaintView recordSecondSatisfaction(UUID id, SecondSatisfactionRequest request, String ifMatch) {
        Complaint complaint = complaints.visible(id);
        ETags.require(ifMatch, complaint.version);
        if (complaint.status != ComplaintStatus.CLOSED) {
            throw ApiException.conflict("the second-satisfaction call follows closure; this complaint is "
                    + complaint.status);
        }
        complaint.secondSatisfied = request.satisfied();
        complaint.secondNote = request.note();
        complaint.secondCallId = request.callId();
        complaint.secondBy = caller.name();
        complaint.secondAt = time.now();
        Complaint.flush();
        return complaints.view(complaint);
    }

    /**
     * Whether this closure of the complaint ({@code closure}: 1 for the first, as in {@link ComplaintClosed})
     * still stands: the complaint is closed and was not reopened since. For the follow-up feature, which asks
     * about a closure only while it stands.
     */
    @Transactional
    public boolean closureStands(UUID complaintId, int closure) {
        Complaint complaint = Complaint.findById(complaintId);
        return complaint != null && complaint.closureStands(closure);
    }

    /**
     * Records the answer of a second-satisfaction call made by the follow-up feature, in its transaction,
     * whatever the caller's tenancy. The answer belongs to one closure ({@code closure}: 1 for the first,
     * as in {@link ComplaintClosed}); when the complaint has been reopened since, that closure no longer
     * stands and nothing is recorded. Returns whether it was recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordSecondSatisfactionCall(UUID complaintId, int closure, boolean satisfied, String note,
            UUID callId, String agent) {
        if (!RowLocks.lock("complaints", complaintId)) {
            return false;
        }
        Complaint complaint = Complaint.findById(complaintId);
        if (!complaint.answerSecondSatisfaction(closure, satisfied, note, callId, agent, time.now())) {
            Log.infof("complaint %s is %s (closure %d); the answer of call %s to closure %d is not "
                    + "recorded", complaintId, complaint.status, complaint.closure(), callId, closure);
            return false;
        }
        Complaint.flush();
        return true;
    }
}
