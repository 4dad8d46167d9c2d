package io.fieldback.complaint.internal;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "ComplaintComment")
record ComplaintCommentView(UUID id, UUID complaintId, String author, String authorRole, String text, long version,
        Instant createdAt) implements Versioned {

    static ComplaintCommentView of(ComplaintComment c) {
        return new ComplaintCommentView(c.id, c.complaintId, c.author, c.authorRole, c.text, c.version, c.createdAt);
    }
}
