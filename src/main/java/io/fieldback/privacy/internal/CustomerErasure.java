package io.fieldback.privacy.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That, when, by whom and why a customer's personal data was erased. */
@Entity
@Table(name = "customer_erasures")
public class CustomerErasure extends PanacheEntityBase {

    @Id
    @Column(name = "customer_id", columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(nullable = false, length = 500)
    public String reason;

    @Column(name = "erased_by", nullable = false, length = 200)
    public String erasedBy;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;

    @Column(name = "request_id", length = 128)
    public String requestId;
}
