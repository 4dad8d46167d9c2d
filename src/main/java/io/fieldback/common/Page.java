package io.fieldback.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. {@code nextCursor} is absent on the last page; pass it back as {@code cursor}. */
public record Page<T>(
        @Schema(required = true, description = "this page; empty when nothing matches") List<T> items,
        @Schema(description = "opaque; absent on the last page", nullable = true) String nextCursor) {
}
