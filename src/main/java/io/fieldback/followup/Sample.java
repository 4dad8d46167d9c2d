package io.fieldback.followup;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A day's sample of calls: how many were eligible and how many were drawn, by relationship type. */
@Entity
@Table(name = "followup_samples")
public class Sample extends BaseEntity {

    @Column(name = "sample_date", nullable = false, unique = true)
    public LocalDate sampleDate;

    @Column(name = "requested_size", nullable = false)
    public int requestedSize;

    @Column(name = "population_oem", nullable = false)
    public int populationOem;

    @Column(name = "population_dealer", nullable = false)
    public int populationDealer;

    @Column(name = "population_end_user", nullable = false)
    public int populationEndUser;

    @Column(name = "selected_oem", nullable = false)
    public int selectedOem;

    @Column(name = "selected_dealer", nullable = false)
    public int selectedDealer;

    @Column(name = "selected_end_user", nullable = false)
    public int selectedEndUser;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;
}
