package io.fieldback.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer: the item's code and a value of the item's type. */
@Schema(name = "AnswerRequest")
public record AnswerRequest(
        @NotBlank @Size(max = 40) String item,
        @NotNull @Schema(required = true, implementation = Object.class, oneOf = { Boolean.class, Integer.class, String.class },
                description = "true/false (YES_NO), a whole number (SCALE_1_5, SCALE_0_10), one of the options (GRADE) or text (FREE_TEXT)")
        JsonNode value,
        @Schema(description = "FREE_TEXT only: the agent marks the text as a problem to escalate") Boolean problem) {
}
