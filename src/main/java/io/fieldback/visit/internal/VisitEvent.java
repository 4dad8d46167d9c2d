package io.fieldback.visit.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import io.fieldback.visit.Billing;
import io.fieldback.visit.Outcome;
import io.fieldback.visit.VisitEventType;

/**
 * One entry of a visit's append-only timeline. The id is the client's, so a phone resending an event
 * stores it once; {@code occurredAt} is the phone's clock, so late arrivals still fall in place.
 */
@Entity
@Table(name = "visit_events")
public class VisitEvent extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "visit_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitEventType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false, length = 200)
    public String author;

    @Column(length = 2000)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Outcome outcome;

    @Column(name = "part_number", length = 40)
    public String partNumber;

    @Column(precision = 10, scale = 2)
    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Billing billing;

    @Column(name = "attachment_id", columnDefinition = "BINARY(16)")
    public UUID attachmentId;

    /** The technician whose phone sent the event, when a phone did (the last known position's owner). */
    @Column(name = "technician_id", columnDefinition = "BINARY(16)")
    public UUID technicianId;

    /** Where the phone was when it sent the event, if it said so. */
    @Column(precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    public BigDecimal longitude;

    /** For DISPATCHED: the technicians assigned, comma-separated. */
    @Column(name = "technician_ids", length = 1000)
    public String technicianIds;

    public Set<UUID> technicians() {
        if (technicianIds == null || technicianIds.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(technicianIds.split(",")).map(UUID::fromString)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void technicians(Set<UUID> ids) {
        technicianIds = ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    public static List<VisitEvent> timeline(UUID visitId) {
        return readOnly(find("visitId = ?1 order by occurredAt, id", visitId));
    }

    /**
     * Stored events are never changed (the timeline is append-only), so they are read without a flush of the
     * session first and without the snapshots Hibernate keeps to dirty-check them at every flush (issue 21). So an
     * event persisted earlier in the same transaction and not yet flushed is not in the answer: read, then append.
     */
    private static List<VisitEvent> readOnly(PanacheQuery<VisitEvent> query) {
        return query.withHint(HibernateHints.HINT_READ_ONLY, true)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list();
    }
}
