package io.fieldback.survey.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.ReferenceData;
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

    private static final ReferenceData<Vendor> VENDORS = new ReferenceData<>(Vendor.class, "vendor");

    private final Caller caller;

    public VendorService(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public VendorView create(VendorRequest request) {
        Vendor vendor = new Vendor();
        apply(vendor, request);
        return Views.vendor(VENDORS.create(request.code(), vendor));
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
        return Views.vendor(VENDORS.replace(visible(id), ifMatch, request.code(), vendor -> apply(vendor, request)));
    }

    @Transactional
    public void deactivate(UUID id) {
        visible(id).active = false;
    }

    @Transactional
    @Override
    public boolean exists(UUID id) {
        return VENDORS.exists(id);
    }

    private UUID confinedTo() {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.ANALYST)) {
            return null;
        }
        UUID own = caller.vendorId();
        return own == null ? new UUID(0, 0) : own;
    }

    private Vendor visible(UUID id) {
        return VENDORS.find(id, confinedTo());
    }

    private static void apply(Vendor vendor, VendorRequest request) {
        vendor.code = request.code();
        vendor.name = request.name();
    }
}
