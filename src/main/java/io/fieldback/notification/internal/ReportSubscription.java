package io.fieldback.notification.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.notification.Audience;
import io.fieldback.notification.SubscriptionView;

@Entity
@Table(name = "report_subscriptions")
public class ReportSubscription extends BaseEntity {

    @Column(nullable = false, length = 255)
    public String email;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Audience audience;

    @Column(length = 32)
    public String role;

    @Column(name = "department_code", length = 40)
    public String departmentCode;

    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(nullable = false)
    public boolean active = true;

    /** The report this subscriber gets: its dealer's, or (null) the network's. */
    UUID reportScope() {
        return audience == Audience.DEALER ? dealerId : null;
    }

    SubscriptionView view() {
        return new SubscriptionView(id, email, name, audience, role, departmentCode, dealerId, active, version,
                createdAt, updatedAt);
    }
}
