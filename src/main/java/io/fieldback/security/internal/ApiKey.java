package io.fieldback.security.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** A machine caller's key. Only a SHA-256 hash of the secret is kept; the key is shown once. */
@Entity
@Table(name = "api_keys")
class ApiKey extends BaseEntity {

    /** The public part of the key, used to find the row; the secret follows it. */
    @Column(name = "key_id", nullable = false, length = 16, unique = true)
    public String keyId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    public String secretHash;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 20)
    public String role;

    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(name = "vendor_id", columnDefinition = "BINARY(16)")
    public UUID vendorId;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    static ApiKey findByKeyId(String keyId) {
        return find("keyId", keyId).firstResult();
    }
}
