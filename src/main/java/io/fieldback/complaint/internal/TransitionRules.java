package io.fieldback.complaint.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.fieldback.common.FieldError;
import io.fieldback.common.Refusal;
import io.fieldback.complaint.ComplaintStatus;

/** The rules a complaint's step must pass, each refusal naming its reasons (see {@link Complaint#move}). */
final class TransitionRules {

    /** How far ahead of our clock a sender's clock may run before its times are refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private TransitionRules() {
    }

    /**
     * When a step happened: {@code requested} if given, else now. Not before the receipt (nor before
     * {@code latest}, the step before, so the history keeps its order); a time ahead of our clock by less
     * than the tolerated skew is the sender's clock running fast and taken as now; further ahead is refused.
     */
    static Refusal stepTimeRefusal(Instant receivedAt, Instant requested, Instant now, Instant latest) {
        if (requested == null) {
            return null;
        }
        Instant at = requested.truncatedTo(ChronoUnit.MICROS);
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            return Refusal.invalid("occurredAt", "may not be in the future (now " + now + ")");
        }
        if (at.isBefore(receivedAt)) {
            return Refusal.invalid("occurredAt", "may not be before the complaint was received (" + receivedAt + ")");
        }
        if (latest != null && at.isBefore(latest)) {
            return Refusal.invalid("occurredAt", "may not be before the step before it (" + latest + ")");
        }
        return null;
    }

    /** The time a step is recorded at, once {@link #stepTimeRefusal} let it pass. */
    static Instant stepTime(Instant requested, Instant now) {
        if (requested == null) {
            return now;
        }
        Instant at = requested.truncatedTo(ChronoUnit.MICROS);
        return at.isAfter(now) ? now : at;
    }

    /** What the complaint lacks for the step to {@code to} at {@code at}; empty when nothing. */
    static List<FieldError> missing(Complaint complaint, ComplaintStatus to, Instant at, Duration verificationPeriod) {
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
                Instant from = complaint.remedyDoneAt.plus(verificationPeriod);
                require(reasons, !at.isBefore(from), "to", "quality watches for a recurrence for " + verificationPeriod
                        + " after the remedy (done " + complaint.remedyDoneAt + "); verification is possible from "
                        + from);
            }
            default -> {
            }
        }
        return reasons;
    }

    static Refusal refused(ComplaintStatus to, List<FieldError> reasons) {
        return new Refusal(409, "transition-refused", "Transition refused", "cannot move to " + to + ": "
                + reasons.stream().map(FieldError::message).collect(Collectors.joining("; ")), reasons);
    }

    static Refusal illegal(ComplaintStatus from, ComplaintStatus to) {
        String allowed = from.next().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        String message = "cannot move from " + from + " to " + to + ": " + whyNot(from, to) + "; allowed from "
                + from + ": " + allowed;
        return new Refusal(409, "illegal-transition", "Transition not allowed", message,
                List.of(new FieldError("to", message)));
    }

    private static String whyNot(ComplaintStatus from, ComplaintStatus to) {
        if (to == from) {
            return "it is " + from + " already";
        }
        return switch (to) {
            case VERIFIED -> "verification needs the remedy done first (status REMEDY_DONE)";
            case CLOSED -> "a complaint is closed only after verification (status VERIFIED)";
            case REOPENED -> "only a closed complaint is reopened";
            default -> "the workflow does not go from " + from + " to " + to;
        };
    }

    private static void require(List<FieldError> reasons, boolean ok, String field, String message) {
        if (!ok) {
            reasons.add(new FieldError(field, field + " " + message));
        }
    }
}
