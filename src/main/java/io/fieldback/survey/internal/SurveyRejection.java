package io.fieldback.survey.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One problem with one row of a batch (a row may have several). Written by {@link SurveyImporter}. */
@Entity
@Table(name = "survey_batch_rejections")
public class SurveyRejection extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "batch_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID batchId;

    @Column(name = "line_number", nullable = false)
    public long lineNumber;

    @Column(name = "record_number", nullable = false)
    public long recordNumber;

    @Column(name = "vendor_row_id", length = 64)
    public String vendorRowId;

    @Column(nullable = false, length = 100)
    public String field;

    @Column(nullable = false, length = 1000)
    public String reason;
}
