package io.fieldback.survey;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "SurveyBatch", description = "An uploaded file of survey results and the progress of its import")
public record SurveyBatchView(
        UUID id,
        UUID vendorId,
        @Schema(description = "the vendor's own id of the batch, unique per vendor", example = "2026-W47-01") String batchId,
        int questionnaireVersion,
        SurveyFormat format,
        @Schema(example = "UTF-8") String charset,
        long sizeBytes,
        @Schema(description = "hex SHA-256 of the questionnaire version and the file; the same batch id with the same hash is a replay")
        String contentSha256,
        SurveyBatchStatus status,
        @Schema(description = "rows in the file (known once the upload was checked)", nullable = true) Long totalRows,
        @Schema(description = "rows handled so far (accepted + rejected)") long processed,
        long accepted,
        long rejected,
        @Schema(description = "why the import stopped (FAILED only)", nullable = true) String failure,
        Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        long version,
        Instant updatedAt) implements Versioned {
}
