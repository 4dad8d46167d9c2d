package io.fieldback.complaint.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.FaultOrigin;
import io.fieldback.complaint.Severity;

/** The due time of each clock of a complaint, from the settings. */
@ApplicationScoped
class Deadlines {

    private final ComplaintConfig.Clocks clocks;

    Deadlines(ComplaintConfig config) {
        this.clocks = config.clocks();
    }

    /** Starts every clock of a new complaint. */
    void open(Complaint complaint) {
        for (ClockKind kind : ClockKind.values()) {
            ComplaintClock clock = new ComplaintClock();
            clock.id = UuidV7.next();
            clock.complaintId = complaint.id;
            clock.kind = kind;
            clock.dueAt = due(complaint, kind);
            clock.escalateAt = clock.dueAt;
            clock.persist();
        }
    }

    Instant due(Complaint complaint, ClockKind kind) {
        return complaint.receivedAt.plus(limit(complaint, kind));
    }

    private Duration limit(Complaint complaint, ClockKind kind) {
        return switch (kind) {
            case FIRST_CONTACT -> clocks.firstContact();
            case REPLY -> complaint.severity == Severity.URGENT ? clocks.replyUrgent() : clocks.replyNormal();
            // an unknown origin gets the shorter in-house deadline, so not knowing never buys time
            case CORRECTIVE_REPORT -> complaint.faultOrigin == FaultOrigin.SUPPLIER
                    ? clocks.correctiveReportSupplier() : clocks.correctiveReportInHouse();
        };
    }

    void stop(Complaint complaint, ClockKind kind, Instant at) {
        ComplaintClock clock = ComplaintClock.of(complaint.id, kind);
        if (clock != null) {
            clock.stop(at);
        }
    }

    /**
     * After the investigation changed: the report's due time and status follow the fault origin as it
     * stands; a complete investigation stops the clock at the time it was made ({@code at}).
     */
    void refreshCorrectiveReport(Complaint complaint, Instant at, Instant now) {
        ComplaintClock clock = ComplaintClock.of(complaint.id, ClockKind.CORRECTIVE_REPORT);
        if (clock == null) {
            return;
        }
        if (complaint.investigationComplete()) {
            clock.stop(at);
        }
        clock.follow(due(complaint, ClockKind.CORRECTIVE_REPORT), now);
    }
}
