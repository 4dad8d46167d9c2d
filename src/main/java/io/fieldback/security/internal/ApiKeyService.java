package io.fieldback.security.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.security.Caller;
import io.fieldback.security.TenantDirectory;

@ApplicationScoped
class ApiKeyService {

    private final Caller caller;
    private final Instance<TenantDirectory> directories;

    public ApiKeyService(Caller caller, Instance<TenantDirectory> directories) {
        this.caller = caller;
        this.directories = directories;
    }

    private boolean exists(TenantDirectory.Kind kind, UUID id) {
        return id != null && directories.stream().anyMatch(d -> d.kind() == kind && d.exists(id));
    }

    @Transactional
    public ApiKeyView create(ApiKeyRequest request) {
        ApiKey key = new ApiKey();
        key.name = request.name();
        key.role = request.role().role;
        if (request.role() == ApiKeyRequest.MachineRole.DEALER) {
            if (request.dealerId() == null || !exists(TenantDirectory.Kind.DEALER, request.dealerId())) {
                throw ApiException.badRequest("dealerId", "a dealer key needs the id of an existing dealer");
            }
            key.dealerId = request.dealerId();
        } else {
            if (request.vendorId() == null || !exists(TenantDirectory.Kind.VENDOR, request.vendorId())) {
                throw ApiException.badRequest("vendorId", "a vendor key needs the id of an existing vendor");
            }
            key.vendorId = request.vendorId();
        }
        ApiKeySecrets.Parts parts = ApiKeySecrets.generate();
        key.keyId = parts.keyId();
        key.secretHash = ApiKeySecrets.hash(parts.secret());
        key.createdBy = caller.name();
        key.persist();
        return ApiKeyView.of(key, ApiKeySecrets.format(parts));
    }

    @Transactional
    public Page<ApiKeyView> list(UUID dealerId, UUID vendorId, PageParams paging) {
        Filter filter = new Filter().eq("e.dealerId", dealerId).eq("e.vendorId", vendorId);
        return Keyset.page(ApiKey.class, filter, paging, k -> ApiKeyView.of(k, null));
    }

    @Transactional
    public ApiKeyView get(UUID id) {
        return ApiKeyView.of(find(id), null);
    }

    @Transactional
    public void revoke(UUID id) {
        ApiKey key = find(id);
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
    }

    private static ApiKey find(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw ApiException.notFound("API key " + id);
        }
        return key;
    }
}
