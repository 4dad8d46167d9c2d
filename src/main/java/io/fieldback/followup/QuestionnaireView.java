package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "Questionnaire", description = "A questionnaire version; never changes once created")
public record QuestionnaireView(UUID id,
        @Schema(description = "the version number, 1, 2, ...; the highest is current") long version,
        String title, List<ItemView> items, String createdBy, Instant createdAt,
        @Schema(description = "FIRST_FOLLOW_UP (after service; also asked on the other calls) or AFTER_DELIVERY")
        CallPurpose purpose) implements Versioned {

    @Schema(name = "QuestionnaireItem")
    public record ItemView(String code, String prompt, ItemType type, Dimension dimension, List<String> options,
            @Schema(description = "GRADE items with scores: the score of each option, in their order") List<BigDecimal> optionScores,
            boolean required) {
    }

    public static QuestionnaireView of(Questionnaire q) {
        return new QuestionnaireView(q.id, q.versionNumber, q.title, q.items.stream()
                .map(i -> new ItemView(i.code, i.prompt, i.type, i.dimension,
                        i.type == ItemType.GRADE ? i.options() : null, i.scores().isEmpty() ? null : i.scores(),
                        i.required))
                .toList(), q.createdBy, q.createdAt, q.purpose);
    }
}
