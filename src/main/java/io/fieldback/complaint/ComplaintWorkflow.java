package io.fieldback.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.ETags;
import io.fieldback.common.FieldError;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.quarkus.logging.Log;

/**
 * Moves complaints through their workflow and records the investigation, the compensation and the
 * second-satisfaction answer. Every refusal names its reasons.
 */
@ApplicationScoped
public class ComplaintWorkflow {

    /** The topic the follow-up feature consumes to schedule the second-satisfaction call. */
    public static final String CLOSED_TOPIC = ComplaintClosed.TOPIC;
    public static final String STATUS_CHANGED_TOPIC = ComplaintStatusChanged.TOPIC;


    private final ComplaintService complaints;
    private final Caller caller;
    private final TimeSource time;
    private final ComplaintConfig config;
    private final Deadlines deadlines;
    private final DomainEvents events;

    public ComplaintWorkflow(ComplaintService complaints, Caller caller, TimeSource time, ComplaintConfig config,
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
        ComplaintStatus from = complaint.status;
        ComplaintStatus to = request.to();
        if (!from.canMoveTo(to)) {
            throw illegal(from, to);
        }
        Instant now = time.now();
        Instant at = occurredAt(complaint, request.occurredAt(), now, ComplaintStep.latest(complaint.id));
        List<FieldError> reasons = preconditions(complaint, to, at);
        if (!reasons.isEmpty()) {
            throw new ApiException(409, "transition-refused", "Transition refused",
                    "cannot move to " + to + ": " + reasons.stream().map(FieldError::message)
                            .collect(Collectors.joining("; ")),
                    reasons);
        }
        if (to == ComplaintStatus.REOPENED && (request.note() == null || request.note().isBlank())) {
            throw ApiException.badRequest("note", "say what recurred when reopening a complaint");
        }
        switch (to) {
            case CONTACTED -> deadlines.stop(complaint, ClockKind.FIRST_CONTACT, at);
            case REMEDY_PROPOSED -> deadlines.stop(complaint, ClockKind.REPLY, at);
            case REMEDY_DONE -> complaint.remedyDoneAt = at;
            case INVESTIGATING -> complaint.remedyDoneAt = null;
            case CLOSED -> close(complaint, at);
            case REOPENED -> {
                complaint.recurrenceCount++;
                complaint.closedAt = null;
            }
            default -> {
            }
        }
        complaint.status = to;
        ComplaintStep.record(complaint.id, from, to, request.note(), caller.name(), at, now);
        // the dealer's change feed carries every step of complaints about its customers and visits
        events.record(STATUS_CHANGED_TOPIC, complaint.id, complaints.dealerOf(complaint),
                new ComplaintStatusChanged(complaint.id, complaint.customerId, complaint.visitId, from, to, at));
        Complaint.flush();
        return complaints.view(complaint);
    }

    /** Records the investigation as it stands now (it replaces the previous record). */
    @Transactional
    public ComplaintView recordInvestigation(UUID id, InvestigationRequest request, String ifMatch) {
        Complaint complaint = complaints.visible(id);
        ETags.require(ifMatch, complaint.version);
        if (complaint.status == ComplaintStatus.CLOSED) {
            throw ApiException.conflict("the complaint is closed; reopen it to change its investigation");
        }
        LocalDate received = complaint.receivedAt.atZone(ZoneOffset.UTC).toLocalDate();
        List<FieldError> errors = new ArrayList<>();
        dueNotBeforeReceipt(errors, "temporaryCountermeasure", request.temporaryCountermeasure(), received);
        dueNotBeforeReceipt(errors, "permanentCountermeasure", request.permanentCountermeasure(), received);
        if (!errors.isEmpty()) {
            throw new ApiException(400, "validation", "Invalid request",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are invalid",
                    errors);
        }
        Instant now = time.now();
        Instant at = occurredAt(complaint, request.occurredAt(), now, null);
        complaint.rootCause = request.rootCause();
        complaint.departmentCode = request.departmentCode() == null ? null
                : ComplaintService.activeDepartment("departmentCode", request.departmentCode()).code;
        complaint.faultOrigin = request.faultOrigin();
        complaint.supplierName = request.supplierName();
        InvestigationRequest.Countermeasure temporary = request.temporaryCountermeasure();
        complaint.temporaryAction = temporary == null ? null : temporary.action();
        complaint.temporaryOwner = temporary == null ? null : temporary.owner();
        complaint.temporaryDue = temporary == null ? null : temporary.dueDate();
        InvestigationRequest.Countermeasure permanent = request.permanentCountermeasure();
        complaint.permanentAction = permanent == null ? null : permanent.action();
        complaint.permanentOwner = permanent == null ? null : permanent.owner();
        complaint.permanentDue = permanent == null ? null : permanent.dueDate();
        complaint.investigationBy = caller.name();
        complaint.investigationAt = at;
        complaint.investigationEnteredAt = now;
        deadlines.refreshCorrectiveReport(complaint, at, now);
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
        String role = withinLimit(amount, currency);
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
        return complaint != null && complaint.status == ComplaintStatus.CLOSED
                && complaint.recurrenceCount + 1 == closure;
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
        if (complaint.status != ComplaintStatus.CLOSED || complaint.recurrenceCount + 1 != closure) {
            Log.infof("complaint %s is %s (closure %d); the answer of call %s to closure %d is not "
                    + "recorded", complaintId, complaint.status, complaint.recurrenceCount + 1, callId, closure);
            return false;
        }
        complaint.secondSatisfied = satisfied;
        complaint.secondNote = note == null || note.length() <= 2000 ? note : note.substring(0, 1999) + "…";
        complaint.secondCallId = callId;
        complaint.secondBy = agent;
        complaint.secondAt = time.now();
        Complaint.flush();
        return true;
    }

    private void close(Complaint complaint, Instant now) {
        complaint.closedAt = now;
        if (complaint.firstClosedAt == null) {
            complaint.firstClosedAt = now;
        }
        // each closure asks again; an answer to an earlier closure no longer stands
        complaint.secondSatisfied = null;
        complaint.secondNote = null;
        complaint.secondCallId = null;
        complaint.secondBy = null;
        complaint.secondAt = null;
        // for the follow-up feature (second satisfaction); the dealer learns of closure from the status change
        events.record(CLOSED_TOPIC, complaint.id, null,
                new ComplaintClosed(complaint.id, complaint.customerId, complaint.visitId, complaint.category, now,
                        complaint.recurrenceCount + 1, complaint.equipmentId));
    }

    /**
     * When a step happened: {@code requested} if given, else now. Not before the receipt (nor before
     * {@code latest}, the step before, so the history keeps its order); a time ahead of our clock by less
     * than the tolerated skew is the sender's clock running fast and taken as now; further ahead is refused.
     */
    private static Instant occurredAt(Complaint complaint, Instant requested, Instant now, Instant latest) {
        if (requested == null) {
            return now;
        }
        Instant at = requested.truncatedTo(ChronoUnit.MICROS);
        if (at.isAfter(now.plus(ComplaintService.CLOCK_SKEW))) {
            throw ApiException.badRequest("occurredAt", "may not be in the future (now " + now + ")");
        }
        if (at.isBefore(complaint.receivedAt)) {
            throw ApiException.badRequest("occurredAt", "may not be before the complaint was received ("
                    + complaint.receivedAt + ")");
        }
        if (latest != null && at.isBefore(latest)) {
            throw ApiException.badRequest("occurredAt", "may not be before the step before it (" + latest + ")");
        }
        return at.isAfter(now) ? now : at;
    }

    private List<FieldError> preconditions(Complaint complaint, ComplaintStatus to, Instant now) {
        List<FieldError> reasons = new ArrayList<>();
        switch (to) {
            case REMEDY_PROPOSED -> {
                String before = "must be recorded in the investigation before a remedy is proposed";
                require(reasons, complaint.rootCause != null, "investigation.rootCause", before);
                require(reasons, complaint.departmentCode != null, "investigation.departmentCode", before);
                require(reasons, complaint.faultOrigin != null, "investigation.faultOrigin", before);
                require(reasons, complaint.temporaryAction != null, "investigation.temporaryCountermeasure", before);
            }
            case REMEDY_DONE -> require(reasons, complaint.permanentAction != null,
                    "investigation.permanentCountermeasure",
                    "must be recorded in the investigation before the remedy is done");
            case VERIFIED -> {
                Instant from = complaint.remedyDoneAt.plus(config.verificationPeriod());
                require(reasons, !now.isBefore(from), "to",
                        "quality watches for a recurrence for " + config.verificationPeriod()
                                + " after the remedy (done " + complaint.remedyDoneAt + "); verification is possible from "
                                + from);
            }
            default -> {
            }
        }
        return reasons;
    }

    private static void require(List<FieldError> reasons, boolean ok, String field, String message) {
        if (!ok) {
            reasons.add(new FieldError(field, field + " " + message));
        }
    }

    private static ApiException illegal(ComplaintStatus from, ComplaintStatus to) {
        String allowed = from.next().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        String why;
        if (to == from) {
            why = "it is " + from + " already";
        } else if (to == ComplaintStatus.VERIFIED) {
            why = "verification needs the remedy done first (status REMEDY_DONE)";
        } else if (to == ComplaintStatus.CLOSED) {
            why = "a complaint is closed only after verification (status VERIFIED)";
        } else if (to == ComplaintStatus.REOPENED) {
            why = "only a closed complaint is reopened";
        } else {
            why = "the workflow does not go from " + from + " to " + to;
        }
        String message = "cannot move from " + from + " to " + to + ": " + why + "; allowed from " + from + ": "
                + allowed;
        return new ApiException(409, "illegal-transition", "Transition not allowed", message,
                List.of(new FieldError("to", message)));
    }

    private static void dueNotBeforeReceipt(List<FieldError> errors, String field,
            InvestigationRequest.Countermeasure countermeasure, LocalDate received) {
        if (countermeasure != null && countermeasure.dueDate().isBefore(received)) {
            errors.add(new FieldError(field + ".dueDate", "may not be before the complaint was received (" + received
                    + ")"));
        }
    }

    /** The role under which the caller approves this amount; 422 when no role of theirs allows it. */
    private String withinLimit(BigDecimal amount, Currency currency) {
        ComplaintConfig.Compensation rules = config.compensation();
        for (String role : rules.unlimitedRoles()) {
            if (caller.is(role)) {
                return role;
            }
        }
        Map.Entry<String, BigDecimal> best = rules.limits().entrySet().stream()
                .filter(e -> caller.is(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .orElseThrow(() -> overLimit("your role may not approve compensation"));
        if (!currency.getCurrencyCode().equals(rules.currency())) {
            throw overLimit("the " + best.getKey() + " limit is in " + rules.currency()
                    + "; compensation in " + currency + " needs an approver without a limit ("
                    + String.join(", ", rules.unlimitedRoles()) + ")");
        }
        if (amount.compareTo(best.getValue()) > 0) {
            throw overLimit(amount.toPlainString() + " " + currency + " exceeds the " + best.getKey() + " limit of "
                    + best.getValue().toPlainString() + " " + rules.currency()
                    + "; it needs an approver with a higher limit (" + String.join(", ", rules.unlimitedRoles()) + ")");
        }
        return best.getKey();
    }

    private static ApiException overLimit(String message) {
        return new ApiException(422, "compensation-over-limit", "Compensation over the approver's limit", message,
                List.of(new FieldError("amount", message)));
    }
}
