package io.fieldback.survey.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.security.TenantDirectory;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.fieldback.survey.VendorView;
import io.fieldback.survey.VendorRequest;

@ApplicationScoped
public class VendorService implements TenantDirectory {

    @Override
    public Kind kind() {
        return Kind.VENDOR;
    }

    private final Caller caller;

    public VendorService(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public VendorView create(VendorRequest request) {
        requireFreeCode(request.code(), null);
        Vendor vendor = new Vendor();
        vendor.code = request.code();
        vendor.name = request.name();
        // flushed here so that a unique value taken meanwhile by a concurrent request fails inside
        // the service (409) rather than at commit (500)
        vendor.persistAndFlush();
        return Views.vendor(vendor);
    }

    @Transactional
    public VendorView get(UUID id) {
        return Views.vendor(visible(id));
    }

    @Transactional
    public Page<VendorView> list(Boolean active, PageParams paging) {
        Filter filter = new Filter().eq("e.active", active == null ? Boolean.TRUE : active).eq("e.id", confinedTo());
        return Keyset.page(Vendor.class, filter, paging, Views::vendor);
    }

    @Transactional
    public VendorView update(UUID id, VendorRequest request, String ifMatch) {
        Vendor vendor = visible(id);
        ETags.require(ifMatch, vendor.version);
        requireFreeCode(request.code(), id);
        vendor.code = request.code();
        vendor.name = request.name();
        Vendor.flush();
        return Views.vendor(vendor);
    }

    @Transactional
    public void deactivate(UUID id) {
        visible(id).active = false;
    }

    @Transactional
    @Override
    public boolean exists(UUID id) {
        return id != null && Vendor.findById(id) != null;
    }

    private UUID confinedTo() {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.ANALYST)) {
            return null;
        }
        UUID own = caller.vendorId();
        return own == null ? new UUID(0, 0) : own;
    }

    private Vendor visible(UUID id) {
        Vendor vendor = Vendor.findById(id);
        UUID confined = confinedTo();
        if (vendor == null || (confined != null && !confined.equals(id))) {
            throw ApiException.notFound("vendor " + id);
        }
        return vendor;
    }

    private static void requireFreeCode(String code, UUID self) {
        if (Vendor.count("code = ?1 and id <> ?2", code, self == null ? new UUID(0, 0) : self) > 0) {
            throw ApiException.conflict("vendor code '" + code + "' is already taken");
        }
    }
}
