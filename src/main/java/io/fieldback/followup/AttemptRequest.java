package io.fieldback.followup;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt to reach the customer, as the agent records it. */
@Schema(name = "AttemptRequest", example = """
        {"outcome": "COMPLETED", "startedAt": "2026-12-01T02:10:00Z", "durationSeconds": 240, "questionnaireVersion": 1,
         "answers": [{"item": "quality_satisfied", "value": true}, {"item": "quality_score", "value": 4},
                     {"item": "attitude_satisfied", "value": true}, {"item": "attitude_score", "value": 5},
                     {"item": "speed_satisfied", "value": false}, {"item": "speed_score", "value": 2},
                     {"item": "proactive_satisfied", "value": true}, {"item": "proactive_score", "value": 4},
                     {"item": "other_feedback", "value": "服务站到场太慢，等了一天", "problem": true}]}""")
public record AttemptRequest(
        @NotNull AttemptOutcome outcome,
        @Schema(description = "when the call started; defaults to now minus the duration") Instant startedAt,
        @NotNull @Min(0) @Max(86400) Integer durationSeconds,
        @Schema(description = "CALLBACK_REQUESTED only: when the customer wants to be called; not in the past")
        Instant callbackAt,
        @Schema(description = "COMPLETED only: the questionnaire version the answers were given under; defaults to the current one")
        Integer questionnaireVersion,
        @Schema(description = "COMPLETED only: the answers; an empty list is the same as none") @Size(max = 100) List<@NotNull @Valid AnswerRequest> answers,
        @Size(max = 500) String note) {
}
