package io.fieldback.complaint.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.DomainEvents;
import io.fieldback.complaint.ProblemRaisedOnCall;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Takes up the problems customers raise on follow-up calls: consumes the {@code followup.escalated}
 * outbox and opens one complaint (channel FOLLOW_UP) per escalation. Like the follow-up scheduler, each
 * event is locked with {@code SKIP LOCKED} and marked handled in the transaction that creates its
 * complaint, so any number of instances share the work; a replayed event (or a second event about the
 * same escalation) finds the complaint there, and the unique key on the complaint's escalation id is the
 * last guard against two consumers racing.
 */
@ApplicationScoped
class FollowUpIntake {

    private final DomainEvents events;
    private final ComplaintRegistry complaints;

    public FollowUpIntake(DomainEvents events, ComplaintRegistry complaints) {
        this.events = events;
        this.complaints = complaints;
    }

    @Scheduled(identity = "complaint-followup-intake", every = "${fieldback.complaint.followup-intake.every:30s}",
            delayed = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int created = runOnce();
        if (created > 0) {
            Log.infof("took up %d complaints raised on follow-up calls", created);
        }
    }

    /** Handles every pending escalation event, one transaction each; returns how many complaints it opened. */
    public int runOnce() {
        return events.consume(ProblemRaisedOnCall.TOPIC, event -> {
            ProblemRaisedOnCall e = events.payload(event, ProblemRaisedOnCall.class);
            return complaints.fromFollowUpEscalation(e.escalationId(), e.followUpId(), e.customerId(), e.visitId(),
                    e.equipmentId(), e.category(), e.severity(), e.text(), e.raisedAt()) != null;
        });
    }
}
