package io.fieldback.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One deadline of one complaint: when it is due, when it stopped, when the job marked it breached. */
@Entity
@Table(name = "complaint_clocks")
public class ComplaintClock extends PanacheEntityBase {

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

    /** Stops a running clock; one stopped in time can no longer breach. */
    void stop(Instant at) {
        if (stoppedAt != null) {
            return;
        }
        stoppedAt = at;
        if (!at.isAfter(dueAt)) {
            escalateAt = null;
        }
    }

    /** Moves the due time of a running clock that has not been escalated; a stopped clock keeps its own. */
    void moveDue(Instant due) {
        if (stoppedAt != null || breachedAt != null) {
            return;
        }
        dueAt = due;
        escalateAt = due;
    }

    ClockStatus status(Instant now) {
        if (stoppedAt != null) {
            return stoppedAt.isAfter(dueAt) ? ClockStatus.MISSED : ClockStatus.MET;
        }
        return now.isAfter(dueAt) ? ClockStatus.MISSED : ClockStatus.RUNNING;
    }

    /** Running and past due. */
    boolean overdue(Instant now) {
        return stoppedAt == null && now.isAfter(dueAt);
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
