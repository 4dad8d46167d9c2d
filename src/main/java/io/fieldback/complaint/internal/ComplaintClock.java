package io.fieldback.complaint.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.fieldback.clock.DeadlineRule;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.ClockStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One deadline of one complaint: when it is due, when it stopped, when the job marked it breached. */
@Entity
@Table(name = "complaint_clocks")
class ComplaintClock extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "complaint_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false, length = 24)
    public ClockKind kind;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    /** When the escalation job marked the breach (and escalated it). */
    @Column(name = "breached_at")
    public Instant breachedAt;

    /** When the job must escalate this clock unless it is met first; null once met in time or escalated. */
    @Column(name = "escalate_at")
    public Instant escalateAt;

    /**
     * Stops a running clock; one stopped in time can no longer breach, and a breach the job marked before
     * the step was entered (it happened earlier, see occurredAt) no longer stands.
     */
    void stop(Instant at) {
        if (stoppedAt != null) {
            return;
        }
        stoppedAt = at;
        if (!at.isAfter(dueAt)) {
            escalateAt = null;
            breachedAt = null;
        }
    }

    /**
     * The due time follows the facts as they stand (e.g. a fault origin found or corrected), also on a
     * stopped or breached clock: its status is derived from it. A breach mark the new due time no longer
     * supports is cleared, and one it now supports is left to the job; an escalation already sent stays
     * in the history and the job does not send it again (see EscalationJob).
     */
    void follow(Instant due, Instant now) {
        dueAt = due;
        ClockStatus status = status(now);
        if (status != ClockStatus.MISSED) {
            breachedAt = null;
        }
        boolean metInTime = stoppedAt != null && !stoppedAt.isAfter(dueAt);
        escalateAt = metInTime || breachedAt != null ? null : dueAt;
    }

    /** The clock module's one rule for a deadline's status ({@link DeadlineRule}); {@link #STATUS_SQL} is its SQL. */
    ClockStatus status(Instant now) {
        return ClockStatus.valueOf(DeadlineRule.status(dueAt, stoppedAt, now).name());
    }

    /** {@link #status(Instant)} over {@code complaint_clocks k} at the parameter {@code :now}, as the enum's name. */
    static final String STATUS_SQL = DeadlineRule.statusSql("k");

    /** {@link #overdue(Instant)} in JPQL over {@code ComplaintClock k} at the parameter {@code :p}. */
    static final String OVERDUE_JPQL = DeadlineRule.overdueJpql("k", "p");

    /** Running and past due. */
    boolean overdue(Instant now) {
        return DeadlineRule.overdue(dueAt, stoppedAt, now);
    }

    static List<ComplaintClock> of(UUID complaintId) {
        return list("complaintId = ?1 order by kind", complaintId);
    }

    static List<ComplaintClock> ofAll(List<UUID> complaintIds) {
        return complaintIds.isEmpty() ? List.of() : list("complaintId in ?1", complaintIds);
    }

    static ComplaintClock of(UUID complaintId, ClockKind kind) {
        return find("complaintId = ?1 and kind = ?2", complaintId, kind).firstResult();
    }
}
