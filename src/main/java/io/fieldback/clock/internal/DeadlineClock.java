package io.fieldback.clock.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.fieldback.clock.ClockStatus;
import io.fieldback.clock.ClockView;
import io.fieldback.clock.DeadlineRule;
import io.fieldback.common.UuidV7;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One deadline of one subject: when it is due, when it stopped, when the job marked it missed. */
@Entity
@Table(name = "deadline_clocks")
public class DeadlineClock extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "subject_type", nullable = false, length = 40)
    public String subjectType;

    @Column(name = "subject_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID subjectId;

    @Column(name = "kind", nullable = false, length = 40)
    public String kind;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    /** When the job must escalate this clock unless it is met first; null once met in time or escalated. */
    @Column(name = "escalate_at")
    public Instant escalateAt;

    static DeadlineClock started(String subjectType, UUID subjectId, String kind, Instant due) {
        DeadlineClock clock = new DeadlineClock();
        clock.id = UuidV7.next();
        clock.subjectType = subjectType;
        clock.subjectId = subjectId;
        clock.kind = kind;
        clock.restart(due);
        return clock;
    }

    void restart(Instant due) {
        dueAt = due;
        stoppedAt = null;
        breachedAt = null;
        escalateAt = due;
    }

    /** Stopped by its due time, a clock can no longer breach, and an early breach mark no longer stands. */
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

    void follow(Instant due, Instant now) {
        dueAt = due;
        if (status(now) != ClockStatus.MISSED) {
            breachedAt = null;
        }
        boolean metInTime = stoppedAt != null && !stoppedAt.isAfter(dueAt);
        escalateAt = metInTime || breachedAt != null ? null : dueAt;
    }

    ClockStatus status(Instant now) {
        return DeadlineRule.status(dueAt, stoppedAt, now);
    }

    ClockView view(Instant now) {
        return new ClockView(kind, dueAt, stoppedAt, breachedAt, status(now));
    }
}
