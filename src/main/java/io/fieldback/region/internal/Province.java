package io.fieldback.region.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A provincial-level division (湖北, 上海...) and the region it belongs to. */
@Entity
@Table(name = "provinces")
public class Province extends BaseEntity {

    /** ISO 3166-2:CN subdivision code for the seeded ones, e.g. HB for 湖北. */
    @Column(nullable = false, length = 16, unique = true, updatable = false)
    public String code;

    /** GB/T 2260 two-digit code, e.g. 42 for 湖北. */
    @Column(name = "gb_code", length = 8)
    public String gbCode;

    @Column(name = "name_zh", nullable = false, length = 64, unique = true)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 64)
    public String nameEn;

    @Column(name = "region_code", nullable = false, length = 16)
    public String regionCode;

    /**
     * The province a client names: by its code or English name (any case), or by its Chinese name, also
     * with the suffix that addresses carry (江苏省, 上海市, 广西壮族自治区).
     */
    public static Province named(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Province exact = find("lower(code) = ?1 or lower(nameEn) = ?1 or nameZh = ?2", v.toLowerCase(), v)
                .firstResult();
        if (exact != null) {
            return exact;
        }
        for (String suffix : ADDRESS_SUFFIXES) {
            if (v.endsWith(suffix) && v.length() > suffix.length()) {
                return find("nameZh", v.substring(0, v.length() - suffix.length())).firstResult();
            }
        }
        return null;
    }

    /** What addresses append to a province's short name, longest first (广西壮族自治区, 香港特别行政区, 江苏省). */
    private static final List<String> ADDRESS_SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区",
            "自治区", "省", "市");
}
