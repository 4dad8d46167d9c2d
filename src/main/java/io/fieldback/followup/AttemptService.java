package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ComplaintWorkflow;
import io.fieldback.security.Caller;

/**
 * Records what came of an attempt to reach the customer and moves the call on: retry later, call back
 * at the customer's time, or close it as completed, refused or unreachable. A completed call's answers
 * are checked against their questionnaire version, screened, and escalated when they raise a problem.
 */
@ApplicationScoped
public class AttemptService {

    /** Recorded when a call closes (completed, refused, unreachable): the dealer change feed will carry it. */
    public static final String FOLLOWUP_CLOSED = FollowUpClosed.TOPIC;

    private final Caller caller;
    private final TimeSource time;
    private final FollowUpConfig config;
    private final DomainEvents domainEvents;
    private final EscalationService escalations;
    private final FollowUpService calls;
    private final ComplaintWorkflow complaints;
    private final CallEligibility eligibility;
    private final Event<FollowUpCallsChanged> changes;

    public AttemptService(Caller caller, TimeSource time, FollowUpConfig config, DomainEvents domainEvents,
            EscalationService escalations, FollowUpService calls, ComplaintWorkflow complaints,
            CallEligibility eligibility, Event<FollowUpCallsChanged> changes) {
        this.changes = changes;
        this.eligibility = eligibility;
        this.complaints = complaints;
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.domainEvents = domainEvents;
        this.escalations = escalations;
        this.calls = calls;
    }


    @Transactional
    public FollowUpView record(UUID id, AttemptRequest request) {
        FollowUp call = FollowUpService.lock(id);
        Instant now = time.now();
        requireOpen(call);
        String agent = caller.name();
        if (call.claimedAt(now) && !call.claimedBy.equals(agent)) {
            throw ApiException.conflict("another agent holds this call until " + call.claimExpiresAt);
        }
        checkShape(request, now);
        Instant startedAt = startedAt(call, request, now);
        Attempt attempt = attempt(call, request, agent, startedAt, now);
        BusinessMetrics.count(BusinessMetrics.CALLS, "outcome", request.outcome().name());
        call.attemptCount = attempt.number;
        call.claimedBy = null;
        call.claimExpiresAt = null;
        moveOn(call, request, attempt, now);
        if (call.attemptCount == 1 || call.status != FollowUpStatus.OPEN) {
            // the figures count a call as called from its first attempt, and by status once it closes
            changes.fire(FollowUpCallsChanged.due(call.dueAt));
        }
        FollowUp.flush();
        return calls.view(call, true);
    }

    private static void requireOpen(FollowUp call) {
        if (call.status != FollowUpStatus.OPEN) {
            throw ApiException.conflict(call.status == FollowUpStatus.NOT_ELIGIBLE
                    ? "the call may not be made (" + call.ineligibleReason + ", since " + call.closedAt
                            + "); it takes no attempts"
                    : call.status.isFinal() ? "the call is closed (" + call.status + "); it takes no more attempts"
                    : "the call is waiting for the day's sample; it cannot be called yet");
        }
    }

    /** When the attempt started: not in the future, and an unanswered one not too soon after the last. */
    private Instant startedAt(FollowUp call, AttemptRequest request, Instant now) {
        Instant startedAt = (request.startedAt() != null ? request.startedAt()
                : now.minusSeconds(request.durationSeconds())).truncatedTo(ChronoUnit.MICROS);
        if (startedAt.isAfter(now.plus(config.clockTolerance()))) {
            throw ApiException.badRequest("startedAt", "is in the future");
        }
        if (request.outcome().unanswered() && call.lastCountedAttemptAt != null
                && startedAt.isBefore(call.lastCountedAttemptAt.plus(config.attemptInterval()))) {
            throw new ApiException(409, "attempt-too-soon", "Attempt too soon",
                    "unanswered attempts must be at least " + config.attemptInterval().toMinutes()
                            + " minutes apart; the previous one started at " + call.lastCountedAttemptAt
                            + ", so the next may start at " + call.lastCountedAttemptAt.plus(config.attemptInterval()),
                    null);
        }
        return startedAt;
    }

    private static Attempt attempt(FollowUp call, AttemptRequest request, String agent, Instant startedAt,
            Instant now) {
        Attempt attempt = new Attempt();
        attempt.id = UuidV7.next();
        attempt.followUpId = call.id;
        attempt.number = call.attemptCount + 1;
        attempt.outcome = request.outcome();
        attempt.agent = agent;
        attempt.startedAt = startedAt;
        attempt.durationSeconds = request.durationSeconds();
        attempt.callbackAt = request.callbackAt() == null ? null : request.callbackAt().truncatedTo(ChronoUnit.MICROS);
        attempt.note = request.note();
        attempt.createdAt = now;
        attempt.persist();
        return attempt;
    }

    /** Retry later, call back at the customer's time, or close the call, by the attempt's outcome. */
    private void moveOn(FollowUp call, AttemptRequest request, Attempt attempt, Instant now) {
        switch (request.outcome()) {
            case NO_ANSWER, BUSY -> countUnanswered(call, attempt.startedAt, now);
            case WRONG_NUMBER -> close(call, FollowUpStatus.UNREACHABLE, CloseReason.WRONG_NUMBER, now);
            case REFUSED -> close(call, FollowUpStatus.REFUSED, null, now);
            case CALLBACK_REQUESTED -> call.availableAt = attempt.callbackAt;
            case COMPLETED -> complete(call, request, attempt, now);
        }
    }

    private void countUnanswered(FollowUp call, Instant startedAt, Instant now) {
        call.countedAttempts++;
        call.lastCountedAttemptAt = startedAt;
        if (call.countedAttempts >= config.maxAttempts()) {
            close(call, FollowUpStatus.UNREACHABLE, CloseReason.MAX_ATTEMPTS, now);
        } else {
            Instant retry = startedAt.plus(config.attemptInterval());
            call.availableAt = retry.isAfter(now) ? retry : now;
        }
    }

    private void checkShape(AttemptRequest request, Instant now) {
        boolean callback = request.outcome() == AttemptOutcome.CALLBACK_REQUESTED;
        if (callback && request.callbackAt() == null) {
            throw ApiException.badRequest("callbackAt", "a CALLBACK_REQUESTED attempt needs the time the customer asked for");
        }
        if (callback && request.callbackAt().isBefore(now)) {
            throw ApiException.badRequest("callbackAt", "is in the past");
        }
        if (!callback && request.callbackAt() != null) {
            throw ApiException.badRequest("callbackAt", "only a CALLBACK_REQUESTED attempt has a callback time");
        }
        boolean completed = request.outcome() == AttemptOutcome.COMPLETED;
        if (completed && (request.answers() == null || request.answers().isEmpty())) {
            throw ApiException.badRequest("answers", "a COMPLETED attempt needs the questionnaire's answers");
        }
        // an empty list means none: generated clients send [] for a list they were given nothing for
        boolean answered = request.answers() != null && !request.answers().isEmpty();
        if (!completed && (answered || request.questionnaireVersion() != null)) {
            throw ApiException.badRequest(answered ? "answers" : "questionnaireVersion",
                    "only a COMPLETED attempt has answers");
        }
    }

    private void complete(FollowUp call, AttemptRequest request, Attempt attempt, Instant now) {
        Questionnaire questionnaire = request.questionnaireVersion() == null ? Questionnaire.current(call.purpose)
                : Questionnaire.byVersion(request.questionnaireVersion()).orElseThrow(() -> ApiException
                        .badRequest("questionnaireVersion", "no questionnaire version " + request.questionnaireVersion()));
        // the call's own kind needs no look-up; only another kind is checked against what the purpose answers
        if (request.questionnaireVersion() != null && questionnaire.purpose != Questionnaire.ownFor(call.purpose)
                && Questionnaire.current(call.purpose).purpose != questionnaire.purpose) {
            throw ApiException.badRequest("questionnaireVersion", "version " + questionnaire.versionNumber + " is a "
                    + questionnaire.purpose + " questionnaire; this " + call.purpose + " call answers "
                    + Questionnaire.current(call.purpose).purpose + " ones");
        }
        List<Answer> answers = AnswerRules.validate(questionnaire, request.answers());
        call.questionnaireId = questionnaire.id;
        call.questionnaireVersion = questionnaire.versionNumber;
        call.answers.clear();
        call.answers.addAll(answers);
        call.perfunctory = perfunctory(questionnaire, answers, attempt.durationSeconds);
        Escalation escalation = escalations.raise(call, questionnaire, answers, now);
        call.escalationId = escalation == null ? null : escalation.id;
        close(call, FollowUpStatus.COMPLETED, null, now);
        if (call.source == FollowUpSource.SECOND_SATISFACTION && call.complaintId != null) {
            // the customer is satisfied now when the answers raise no problem (the same rule that escalates);
            // recorded on the complaint in this transaction, for the closure the call asked about
            complaints.recordSecondSatisfactionCall(call.complaintId, call.complaintClosure, escalation == null,
                    escalation == null ? "follow-up call " + call.id + ": no problem raised"
                            : "follow-up call " + call.id + ": " + escalation.summary,
                    call.id, attempt.agent);
        }
    }

    /** Every marked answer at the top and a call shorter than the threshold: probably not a real conversation. */
    private boolean perfunctory(Questionnaire questionnaire, List<Answer> answers, int durationSeconds) {
        if (durationSeconds >= config.screening().perfunctoryUnder().toSeconds()) {
            return false;
        }
        boolean anyMarked = false;
        for (Answer answer : answers) {
            QuestionnaireItem item = questionnaire.item(answer.itemCode).orElseThrow();
            if (item.type == ItemType.FREE_TEXT) {
                if (answer.problem) {
                    return false;
                }
                continue;
            }
            anyMarked = true;
            if (!AnswerRules.topMark(item, answer)) {
                return false;
            }
        }
        return anyMarked;
    }

    private void close(FollowUp call, FollowUpStatus status, CloseReason reason, Instant now) {
        call.status = status;
        call.closeReason = reason;
        call.closedAt = now;
        call.availableAt = null;
        // the customer was called: its other calls within the recent-call window may no longer be made
        FollowUp.flush();
        eligibility.recheckCustomer(call.customerId);
        domainEvents.record(FOLLOWUP_CLOSED, call.id, call.dealerId, new FollowUpClosed(call.id, call.visitId,
                call.customerId,
                call.dealerId, status, reason, now, call.questionnaireVersion, call.perfunctory, call.escalationId));
    }
}
