package io.fieldback.complaint.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.clock.ClockView;
import io.fieldback.clock.Clocks;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.FaultOrigin;
import io.fieldback.complaint.Severity;

/**
 * The deadlines of a complaint, on the clock module's clocks (subject type {@value #SUBJECT}, kind = the
 * {@link ClockKind}'s name): their due times from the settings, and when they start, stop and follow the facts.
 */
@ApplicationScoped
class Deadlines {

    /** The complaint's subject type on the clock module (deadline_clocks.subject_type). */
    static final String SUBJECT = "complaint";

    private final ComplaintConfig.Clocks limits;
    private final Clocks clocks;

    Deadlines(ComplaintConfig config, Clocks clocks) {
        this.limits = config.clocks();
        this.clocks = clocks;
    }

    /** Starts every clock of a new complaint. */
    void open(Complaint complaint) {
        Map<String, Instant> dueAtByKind = new LinkedHashMap<>();
        for (ClockKind kind : ClockKind.values()) {
            dueAtByKind.put(kind.name(), due(complaint, kind));
        }
        clocks.open(SUBJECT, complaint.id, dueAtByKind);
    }

    Instant due(Complaint complaint, ClockKind kind) {
        return complaint.receivedAt.plus(limit(complaint, kind));
    }

    private Duration limit(Complaint complaint, ClockKind kind) {
        return switch (kind) {
            case FIRST_CONTACT -> limits.firstContact();
            case REPLY -> complaint.severity == Severity.URGENT ? limits.replyUrgent() : limits.replyNormal();
            // an unknown origin gets the shorter in-house deadline, so not knowing never buys time
            case CORRECTIVE_REPORT -> complaint.faultOrigin == FaultOrigin.SUPPLIER
                    ? limits.correctiveReportSupplier() : limits.correctiveReportInHouse();
        };
    }

    /**
     * Stops a running clock; one stopped in time can no longer breach, and a breach the job marked before the
     * step was entered (it happened earlier, see occurredAt) no longer stands. One stopped late still escalates.
     */
    void stop(Complaint complaint, ClockKind kind, Instant at) {
        clocks.stop(SUBJECT, complaint.id, kind.name(), at);
    }

    /**
     * After the investigation changed: the report's due time and status follow the fault origin as it stands,
     * also on a stopped or breached clock; a complete investigation stops the clock at the time it was made
     * ({@code at}). An escalation already sent stays in the history and is not sent again (ComplaintBreaches).
     */
    void refreshCorrectiveReport(Complaint complaint, Instant at) {
        String kind = ClockKind.CORRECTIVE_REPORT.name();
        if (complaint.investigationComplete()) {
            clocks.stop(SUBJECT, complaint.id, kind, at);
        }
        clocks.follow(SUBJECT, complaint.id, kind, due(complaint, ClockKind.CORRECTIVE_REPORT));
    }

    List<ClockView> of(UUID complaintId) {
        return clocks.of(SUBJECT, complaintId);
    }

    Map<UUID, List<ClockView>> ofAll(List<UUID> complaintIds) {
        return clocks.ofAll(SUBJECT, complaintIds);
    }
}
