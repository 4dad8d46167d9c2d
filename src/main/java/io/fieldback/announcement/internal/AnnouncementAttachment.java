package io.fieldback.announcement.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.fieldback.announcement.AnnouncementAttachmentView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document of an announcement; the bytes are in the attachment storage under {@link #storageKey}. */
@Entity
@Table(name = "announcement_attachments")
class AnnouncementAttachment extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "announcement_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID announcementId;

    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(name = "content_type", nullable = false, length = 64)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "storage_key", nullable = false, length = 64)
    public String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    public String uploadedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    AnnouncementAttachmentView view() {
        return new AnnouncementAttachmentView(id, fileName, contentType, sizeBytes, sha256, uploadedBy, createdAt);
    }
}
