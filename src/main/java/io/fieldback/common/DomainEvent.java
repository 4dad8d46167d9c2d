package io.fieldback.common;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Something that happened which another feature must act on (a visit completed, a complaint closed).
 * Written in the same transaction as the change itself (an outbox), so it is never lost when the app
 * stops right after the commit. Consumers read it by topic and record what they did with it.
 */
@Entity
@Table(name = "domain_events")
public class DomainEvent extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(nullable = false, length = 64)
    public String topic;

    @Column(name = "aggregate_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID aggregateId;

    /** The dealer whose data this concerns, if any; the dealer change feed filters on it. */
    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Position in the dealer change feed, given once the event is committed; null until then. */
    @Column(name = "dealer_feed_seq")
    public Long dealerFeedSeq;

    /** When the topic's consumer has handled it; null while pending. */
    @Column(name = "handled_at")
    public Instant handledAt;
}
