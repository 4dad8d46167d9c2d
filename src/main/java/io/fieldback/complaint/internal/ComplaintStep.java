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

import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ComplaintStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a complaint's workflow: from which status to which, who took it and when. */
@Entity
@Table(name = "complaint_history")
class ComplaintStep extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "complaint_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    public ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    public ComplaintStatus toStatus;

    @Column(length = 2000)
    public String note;

    @Column(nullable = false, length = 200)
    public String actor;

    /** When the step happened, as the one who entered it said (defaults to when it was entered). */
    @Column(nullable = false)
    public Instant at;

    /** When the step was entered (always set by the app; the column is nullable for older rows). */
    @Column(name = "entered_at")
    public Instant enteredAt;

    static void record(UUID complaintId, ComplaintStatus from, ComplaintStatus to, String note, String actor,
            Instant at, Instant enteredAt) {
        ComplaintStep step = new ComplaintStep();
        step.id = UuidV7.next();
        step.complaintId = complaintId;
        step.fromStatus = from;
        step.toStatus = to;
        step.note = note;
        step.actor = actor;
        step.at = at;
        step.enteredAt = enteredAt;
        step.persist();
    }

    /** The latest step's time: a step entered later may not say it happened before it. */
    static Instant latest(UUID complaintId) {
        ComplaintStep step = find("complaintId = ?1 order by at desc, id desc", complaintId).firstResult();
        return step == null ? null : step.at;
    }

    static List<ComplaintStep> of(UUID complaintId) {
        return list("complaintId = ?1 order by at, id", complaintId);
    }
}
