package io.fieldback.visit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the technician's delta feed. */
@Schema(name = "VisitFeed")
public record VisitFeed(
        List<VisitView> items,
        @Schema(description = "more changes are waiting: fetch them now with this cursor", nullable = true) String nextCursor,
        @Schema(description = "where the next poll resumes once this page is processed; absent when nothing changed "
                + "(poll again with the same parameters)", nullable = true) String pollCursor) {
}
