package io.fieldback.complaint.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.clock.ClockBreach;
import io.fieldback.clock.ClockBreachHandler;
import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.ComplaintEscalated;
import io.quarkus.logging.Log;

/**
 * A missed complaint deadline, handed over once by the clock module's escalation job (which marks the clock
 * and locks it with {@code FOR UPDATE SKIP LOCKED}): reported to the responsible department's supervisor (or
 * the fallback department's), counted, and published as {@link ComplaintEscalated}. At most one escalation per
 * complaint and clock: a clock that breaches again after following the facts is not reported twice, and the
 * unique key on (complaint, clock) of the escalations is the last guard.
 */
@ApplicationScoped
class ComplaintBreaches implements ClockBreachHandler {

    private final ComplaintConfig config;
    private final DomainEvents events;

    ComplaintBreaches(ComplaintConfig config, DomainEvents events) {
        this.config = config;
        this.events = events;
    }

    @Override
    public String subjectType() {
        return Deadlines.SUBJECT;
    }

    @Override
    public void breached(ClockBreach breach) {
        ClockKind kind = ClockKind.valueOf(breach.kind());
        if (ComplaintEscalation.count("complaintId = ?1 and kind = ?2", breach.subjectId(), kind) > 0) {
            return;
        }
        Complaint complaint = Complaint.findById(breach.subjectId());
        String code = complaint.departmentCode != null ? complaint.departmentCode
                : config.escalation().fallbackDepartment();
        Department department = Department.byCode(code);
        if (department == null) {
            Log.warnf("complaint %s: department %s is unknown; escalation recorded without a supervisor",
                    complaint.id, code);
        }
        ComplaintEscalation escalation = new ComplaintEscalation();
        escalation.id = UuidV7.next();
        escalation.complaintId = complaint.id;
        escalation.kind = kind;
        escalation.dueAt = breach.dueAt();
        escalation.departmentCode = code;
        escalation.supervisorName = department == null ? null : department.supervisorName;
        escalation.supervisorContact = department == null ? null : department.supervisorContact;
        escalation.escalatedAt = breach.breachedAt();
        escalation.persist();
        BusinessMetrics.count(BusinessMetrics.COMPLAINT_CLOCK_BREACHES, "clock", kind.name());
        events.record(ComplaintEscalated.TOPIC, complaint.id, null, new ComplaintEscalated(complaint.id, kind,
                breach.dueAt(), code, escalation.supervisorName, escalation.supervisorContact));
    }
}
