package io.fieldback.region.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A sales or service region of the company, e.g. 华中 (CENTRAL); reference data kept by admins. */
@Entity
@Table(name = "regions")
public class Region extends BaseEntity {

    @Column(nullable = false, length = 16, unique = true, updatable = false)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 64)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 64)
    public String nameEn;

    /** Where the region stands in lists and reports (ascending). */
    @Column(nullable = false)
    public int position;

    /** An inactive region keeps the customers and stations it has but takes no new ones. */
    @Column(nullable = false)
    public boolean active = true;

    public static Region byCode(String code) {
        return code == null ? null : find("code", code).firstResult();
    }

    public static List<Region> inOrder() {
        return list("order by position, code");
    }
}
