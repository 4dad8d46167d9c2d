package io.fieldback.survey;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SurveyRejection", description = "One reason why a row of an uploaded file was not stored")
public record SurveyRejectionView(
        UUID id,
        @Schema(description = "line of the file where the row starts (the CSV header is line 1)", example = "17") long line,
        @Schema(description = "position of the row among the file's rows, from 1") long row,
        @Schema(description = "the vendor's row id, when the row has one", nullable = true, example = "R-000017") String rowId,
        @Schema(description = "column (CSV) or field (JSON) at fault; 'line' for the row as a whole", example = "quality_score") String field,
        @Schema(example = "must be from 1 to 5") String reason) {
}
