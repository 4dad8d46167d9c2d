package io.fieldback.complaint.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplaintCommentRequest", example = Examples.COMMENT)
record CommentRequest(@NotBlank @Size(max = 2000) String text) {
}
