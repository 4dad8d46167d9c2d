package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.fieldback.dispatch.AssignmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What the phone sent about an assignment, under the phone's own id: a resend is stored once. */
@Entity
@Table(name = "dispatch_assignment_events")
class AssignmentEvent extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    UUID id;

    @Column(name = "assignment_id", nullable = false, columnDefinition = "BINARY(16)")
    UUID assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    AssignmentStatus type;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    Instant eta;

    @Column(length = 500)
    String note;
}
