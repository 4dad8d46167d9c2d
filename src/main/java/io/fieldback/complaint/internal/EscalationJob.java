package io.fieldback.complaint.internal;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ComplaintEscalated;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Marks missed deadlines and reports each to the responsible department's supervisor, exactly once per
 * complaint and clock, however many instances run it at the same time: each batch locks the clocks it
 * works on with {@code FOR UPDATE SKIP LOCKED} (others skip them) and clears their escalation time in
 * the same transaction; the unique key on (complaint, clock) of the escalations is the last guard.
 */
@ApplicationScoped
class EscalationJob {

    /** The topic a notifier consumes to tell the supervisor. */
    public static final String ESCALATED_TOPIC = ComplaintEscalated.TOPIC;

    private final TimeSource time;
    private final ComplaintConfig config;
    private final DomainEvents events;

    public EscalationJob(TimeSource time, ComplaintConfig config, DomainEvents events) {
        this.time = time;
        this.config = config;
        this.events = events;
    }

    @Scheduled(identity = "complaint-escalations", every = "${fieldback.complaint.escalation.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int escalated = escalateBreaches();
        if (escalated > 0) {
            Log.infof("escalated %d missed complaint deadlines", escalated);
        }
    }

    /** Escalates every clock past due and not met, batch by batch; returns how many this call escalated. */
    public int escalateBreaches() {
        int batchSize = config.escalation().batchSize();
        int total = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> batch(batchSize));
            total += done;
            if (done < batchSize) {
                return total;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private int batch(int size) {
        Instant now = time.now();
        List<ComplaintClock> due = Panache.getEntityManager()
                // the index keeps the scan (and so the row locks) to this batch's rows even when most rows
                // match; a full scan would lock every row it reads and leave nothing for other instances
                .createNativeQuery("SELECT * FROM complaint_clocks FORCE INDEX (ix_complaint_clocks_escalate) "
                        + "WHERE escalate_at IS NOT NULL AND escalate_at < ?1 "
                        + "ORDER BY escalate_at LIMIT ?2 FOR UPDATE SKIP LOCKED", ComplaintClock.class)
                .setParameter(1, now).setParameter(2, size).getResultList();
        for (ComplaintClock clock : due) {
            escalate(clock, now);
        }
        return due.size();
    }

    private void escalate(ComplaintClock clock, Instant now) {
        clock.breachedAt = now;
        clock.escalateAt = null;
        if (ComplaintEscalation.count("complaintId = ?1 and kind = ?2", clock.complaintId, clock.kind) > 0) {
            return;
        }
        Complaint complaint = Complaint.findById(clock.complaintId);
        String code = complaint.departmentCode != null ? complaint.departmentCode
                : config.escalation().fallbackDepartment();
        Department department = Department.byCode(code);
        if (department == null) {
            Log.warnf("complaint %s: department %s is unknown; escalation recorded without a supervisor",
                    complaint.id, code);
        }
        ComplaintEscalation escalation = new ComplaintEscalation();
        escalation.id = UuidV7.next();
        escalation.complaintId = clock.complaintId;
        escalation.kind = clock.kind;
        escalation.dueAt = clock.dueAt;
        escalation.departmentCode = code;
        escalation.supervisorName = department == null ? null : department.supervisorName;
        escalation.supervisorContact = department == null ? null : department.supervisorContact;
        escalation.escalatedAt = now;
        escalation.persist();
        BusinessMetrics.count(BusinessMetrics.COMPLAINT_CLOCK_BREACHES, "clock", clock.kind.name());
        events.record(ESCALATED_TOPIC, complaint.id, null, new ComplaintEscalated(complaint.id, clock.kind,
                clock.dueAt, code, escalation.supervisorName, escalation.supervisorContact));
    }
}
