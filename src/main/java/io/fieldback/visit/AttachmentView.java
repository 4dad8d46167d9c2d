package io.fieldback.visit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;
import io.fieldback.visit.internal.VisitAttachment;

@Schema(name = "Attachment")
public record AttachmentView(UUID id, UUID visitId, AttachmentKind kind, String contentType, long sizeBytes,
        String sha256, String uploadedBy, Instant createdAt) implements Versioned {

    static AttachmentView of(VisitAttachment a) {
        return new AttachmentView(a.id, a.visitId, a.kind, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy,
                a.createdAt);
    }

    @Override
    public long version() {
        return 0; // attachments never change
    }
}
