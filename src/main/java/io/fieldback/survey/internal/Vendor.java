package io.fieldback.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A survey vendor: a third party that runs surveys for the manufacturer and uploads their results. */
@Entity
@Table(name = "vendors")
public class Vendor extends BaseEntity {

    @Column(nullable = false, length = 32, unique = true)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false)
    public boolean active = true;
}
