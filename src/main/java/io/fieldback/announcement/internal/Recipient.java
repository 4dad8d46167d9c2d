package io.fieldback.announcement.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A station an announcement reached at its publication. */
@Entity
@Table(name = "announcement_recipients")
class Recipient extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "announcement_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID announcementId;

    @Column(name = "station_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    static boolean reaches(UUID announcementId, UUID stationId, UUID dealerId) {
        return count("announcementId = ?1 and (?2 is null or stationId = ?2) and (?3 is null or dealerId = ?3)",
                announcementId, stationId, dealerId) > 0;
    }
}
