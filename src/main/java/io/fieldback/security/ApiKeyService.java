package io.fieldback.security;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.station.DealerService;
import io.fieldback.survey.VendorService;

@ApplicationScoped
public class ApiKeyService {

    private final Caller caller;
    private final DealerService dealers;
    private final VendorService vendors;

    public ApiKeyService(Caller caller, DealerService dealers, VendorService vendors) {
        this.caller = caller;
        this.dealers = dealers;
        this.vendors = vendors;
    }

    @Transactional
    public ApiKeyView create(ApiKeyRequest request) {
        ApiKey key = new ApiKey();
        key.name = request.name();
        key.role = request.role().role;
        if (request.role() == ApiKeyRequest.MachineRole.DEALER) {
            if (request.dealerId() == null || !dealers.exists(request.dealerId())) {
                throw ApiException.badRequest("dealerId", "a dealer key needs the id of an existing dealer");
            }
            key.dealerId = request.dealerId();
        } else {
            if (request.vendorId() == null || !vendors.exists(request.vendorId())) {
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
