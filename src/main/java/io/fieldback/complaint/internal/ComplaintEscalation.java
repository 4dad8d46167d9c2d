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

import io.fieldback.complaint.ClockKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A missed deadline reported to the responsible department's supervisor. The supervisor is copied at
 * the time, so the record still says whom it went to after the department changes hands. At most one
 * per complaint and clock (unique key).
 */
@Entity
@Table(name = "complaint_escalations")
class ComplaintEscalation extends PanacheEntityBase {

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

    @Column(name = "department_code", nullable = false, length = 32)
    public String departmentCode;

    @Column(name = "supervisor_name", length = 100)
    public String supervisorName;

    @Column(name = "supervisor_contact", length = 200)
    public String supervisorContact;

    @Column(name = "escalated_at", nullable = false)
    public Instant escalatedAt;

    static List<ComplaintEscalation> of(UUID complaintId) {
        return list("complaintId = ?1 order by escalatedAt, id", complaintId);
    }
}
