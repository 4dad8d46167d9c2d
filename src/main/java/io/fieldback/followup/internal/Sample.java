package io.fieldback.followup.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.EmbeddedColumnNaming;

import io.fieldback.common.BaseEntity;

/** A day's sample of calls: how many were eligible and how many were drawn, by relationship type. */
@Entity
@Table(name = "followup_samples")
public class Sample extends BaseEntity {

    @Column(name = "sample_date", nullable = false, unique = true)
    public LocalDate sampleDate;

    @Column(name = "requested_size", nullable = false)
    public int requestedSize;

    /** How many calls of each relationship type were eligible on the day. */
    @Embedded
    @EmbeddedColumnNaming("population_%s")
    public RelationshipCounts population = new RelationshipCounts();

    /** How many of them were drawn (largest remainder). */
    @Embedded
    @EmbeddedColumnNaming("selected_%s")
    public RelationshipCounts selected = new RelationshipCounts();

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;
}
