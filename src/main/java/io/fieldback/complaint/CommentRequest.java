package io.fieldback.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplaintCommentRequest", example = Examples.COMMENT)
public record CommentRequest(@NotBlank @Size(max = 2000) String text) {
}
