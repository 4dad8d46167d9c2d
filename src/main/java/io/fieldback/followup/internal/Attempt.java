package io.fieldback.followup.internal;

import io.fieldback.followup.*;

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

/** One attempt to reach the customer of a call; never changed once recorded. */
@Entity
@Table(name = "followup_attempts")
public class Attempt extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "followup_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID followUpId;

    @Column(name = "attempt_number", nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public AttemptOutcome outcome;

    @Column(nullable = false, length = 200)
    public String agent;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "duration_seconds", nullable = false)
    public int durationSeconds;

    @Column(name = "callback_at")
    public Instant callbackAt;

    @Column(length = 500)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Attempt> of(UUID followUpId) {
        return list("followUpId = ?1 order by number", followUpId);
    }
}
