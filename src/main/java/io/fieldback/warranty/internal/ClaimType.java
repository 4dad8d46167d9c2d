package io.fieldback.warranty.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.warranty.ClaimKind;

@Entity
@Table(name = "warranty_claim_types")
class ClaimType extends BaseEntity {

    @Column(nullable = false, length = 40)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ClaimKind kind;

    @Column(nullable = false, length = 200)
    public String name;

    /** The recall or campaign a CAMPAIGN type pays for. */
    @Column(name = "campaign_code", length = 40)
    public String campaignCode;

    @Column(nullable = false)
    public boolean active = true;

    static ClaimType byCode(String code) {
        return find("code", code).firstResult();
    }

    /** Why a claim of this type is paid when the machine is out of warranty; null for STANDARD. */
    String paidAnywayBecause() {
        return switch (kind) {
            case STANDARD -> null;
            case EXTENDED -> "extended warranty (" + code + ")";
            case GOODWILL -> "goodwill (" + code + ")";
            case CAMPAIGN -> "campaign " + campaignCode;
        };
    }
}
