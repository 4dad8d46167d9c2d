package io.fieldback.announcement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.fieldback.announcement.AnnouncementKind;
import io.fieldback.announcement.AnnouncementStatus;
import io.fieldback.common.ApiException;
import io.fieldback.common.BaseEntity;

/** A notice to the stations; its rules: only a draft is published, only a published one is withdrawn or read. */
@Entity
@Table(name = "announcements")
class Announcement extends BaseEntity {

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public AnnouncementKind kind;

    @Column(nullable = false)
    public boolean mandatory;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "all_stations", nullable = false)
    public boolean allStations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announcement_dealers", joinColumns = @JoinColumn(name = "announcement_id"))
    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public Set<UUID> dealerIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announcement_regions", joinColumns = @JoinColumn(name = "announcement_id"))
    @Column(name = "region", length = 16)
    public Set<String> regions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announcement_series", joinColumns = @JoinColumn(name = "announcement_id"))
    @Column(name = "product_series", length = 64)
    public Set<String> productSeries = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public AnnouncementStatus status = AnnouncementStatus.DRAFT;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    void publish(Instant at) {
        if (status != AnnouncementStatus.DRAFT) {
            throw ApiException.conflict("the announcement is " + status + ": only a DRAFT is published");
        }
        status = AnnouncementStatus.PUBLISHED;
        publishedAt = at;
    }

    void withdraw(Instant at) {
        if (status != AnnouncementStatus.PUBLISHED) {
            throw ApiException.conflict("the announcement is " + status + ": only a PUBLISHED one is withdrawn");
        }
        status = AnnouncementStatus.WITHDRAWN;
        withdrawnAt = at;
    }

    void requireReadable() {
        if (status != AnnouncementStatus.PUBLISHED) {
            throw ApiException.conflict("the announcement is " + status + ": it can no longer be marked read");
        }
    }

    void requireDraft(String what) {
        if (status != AnnouncementStatus.DRAFT) {
            throw ApiException.conflict("the announcement is " + status + ": " + what + " only while it is a DRAFT");
        }
    }

    /** The first moment after the due date in the zone (null without a due date): a read before it is on time. */
    Instant dueEnd(java.time.ZoneId zone) {
        return dueDate == null ? null : dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static boolean onTime(Instant readAt, Instant dueEnd) {
        return dueEnd == null || readAt.isBefore(dueEnd);
    }
}
