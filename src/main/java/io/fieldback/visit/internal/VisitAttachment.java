package io.fieldback.visit.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import io.fieldback.visit.AttachmentKind;

/** A photo, signature or document of a visit. The bytes live in {@link io.fieldback.visit.AttachmentStorage}, not here. */
@Entity
@Table(name = "visit_attachments")
public class VisitAttachment extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "visit_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AttachmentKind kind;

    @Column(name = "content_type", nullable = false, length = 64)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "storage_key", nullable = false, length = 200)
    public String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    public String uploadedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
