package io.fieldback.campaign.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.campaign.CampaignKind;
import io.fieldback.campaign.CampaignView;
import io.fieldback.common.BaseEntity;

/** A campaign over the machines of a product series, narrowed by serial range, delivery dates and region. */
@Entity
@Table(name = "campaigns")
class Campaign extends BaseEntity {

    @Column(nullable = false, length = 40, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CampaignKind kind;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "product_series", nullable = false, length = 64)
    public String productSeries;

    @Column(name = "serial_from", length = 40)
    public String serialFrom;

    @Column(name = "serial_to", length = 40)
    public String serialTo;

    @Column(name = "delivered_from")
    public LocalDate deliveredFrom;

    @Column(name = "delivered_to")
    public LocalDate deliveredTo;

    @Column(length = 16)
    public String region;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "item_count", nullable = false)
    public int itemCount;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    static Campaign byCode(String code) {
        return find("code", code).firstResult();
    }

    CampaignView view() {
        return new CampaignView(id, code, kind, name, productSeries, serialFrom, serialTo, deliveredFrom, deliveredTo,
                region, deadline, startedAt, itemCount, createdBy, version, createdAt, updatedAt);
    }
}
