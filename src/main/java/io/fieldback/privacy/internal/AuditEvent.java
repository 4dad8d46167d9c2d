package io.fieldback.privacy.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import io.fieldback.privacy.AuditAction;

/**
 * One line of the audit log. Immutable for Hibernate (never updated), never deleted by any code path,
 * and the database refuses UPDATE and DELETE on the table (triggers of changeset 013).
 */
@Entity
@Immutable
@Table(name = "audit_events")
class AuditEvent extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "BINARY(16)")
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The caller: a token's subject or {@code apikey:<key id>}; {@code system} for jobs. */
    @Column(nullable = false, length = 200)
    public String subject;

    @Column(nullable = false, length = 200)
    public String roles;

    @Column(name = "key_id", length = 64)
    public String keyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AuditAction action;

    @Column(name = "resource_type", nullable = false, length = 32)
    public String resourceType;

    @Column(name = "resource_id", columnDefinition = "BINARY(16)")
    public UUID resourceId;

    /** The customer whose personal data this is about (the data subject), when there is one. */
    @Column(name = "customer_id", columnDefinition = "BINARY(16)")
    public UUID customerId;

    /** Which personal-data fields were read or changed, comma-separated; never their values. */
    @Column(length = 500)
    public String fields;

    @Column(length = 1000)
    public String detail;

    @Column(name = "http_method", length = 10)
    public String httpMethod;

    @Column(length = 1000)
    public String path;

    public Integer status;

    @Column(name = "client_ip", length = 64)
    public String clientIp;

    @Column(name = "request_id", length = 128)
    public String requestId;
}
