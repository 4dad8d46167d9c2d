package io.fieldback.survey.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.survey.SurveyFormat;
import io.fieldback.survey.SurveyBatchStatus;

/**
 * One uploaded file of survey results and its import. Progress, checkpoint and claim are written by
 * {@link SurveyImporter} with native statements (one per chunk); the entity serves reads and creation.
 */
@Entity
@Table(name = "survey_batches")
public class SurveyBatch extends BaseEntity {

    @Column(name = "vendor_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID vendorId;

    @Column(name = "vendor_batch_id", nullable = false, length = 64)
    public String vendorBatchId;

    @Column(name = "questionnaire_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    public int questionnaireVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public SurveyFormat format;

    @Column(name = "charset_name", nullable = false, length = 32)
    public String charsetName;

    @Column(name = "content_sha256", nullable = false, length = 64)
    public String contentSha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 200)
    public String storageKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SurveyBatchStatus status;

    @Column(name = "total_rows")
    public Long totalRows;

    @Column(name = "processed_rows", nullable = false)
    public long processedRows;

    @Column(name = "accepted_rows", nullable = false)
    public long acceptedRows;

    @Column(name = "rejected_rows", nullable = false)
    public long rejectedRows;

    @Column(name = "checkpoint_records", nullable = false)
    public long checkpointRecords;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "claim_token", columnDefinition = "BINARY(16)")
    public UUID claimToken;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(length = 1000)
    public String failure;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    public String uploadedBy;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
