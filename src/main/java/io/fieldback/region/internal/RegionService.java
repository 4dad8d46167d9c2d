package io.fieldback.region.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.ReferenceData;

/**
 * Regions kept by admins. A region is never deleted, only deactivated: customers, stations and vendor
 * rows already in it keep it (and the reports keep showing it), but nothing new may be placed in it.
 */
@ApplicationScoped
class RegionService {

    static final int DEFAULT_POSITION = 1000;

    private static final ReferenceData<Region> REGIONS = new ReferenceData<>(Region.class, "region");

    @Transactional
    public RegionView create(RegionRequest request) {
        Region region = new Region();
        region.code = request.code();
        apply(region, request);
        return RegionView.of(REGIONS.create(region.code, region));
    }

    @Transactional
    public RegionView get(UUID id) {
        return RegionView.of(REGIONS.find(id));
    }

    @Transactional
    public Page<RegionView> list(String code, Boolean active, PageParams paging) {
        return Keyset.page(Region.class, new Filter().eq("e.code", code).eq("e.active", active), paging,
                RegionView::of);
    }

    @Transactional
    public RegionView update(UUID id, RegionRequest request, String ifMatch) {
        return RegionView.of(REGIONS.replace(REGIONS.find(id), ifMatch, region -> {
            if (!region.code.equals(request.code())) {
                throw ApiException.badRequest("code", "a region's code cannot change (it is " + region.code
                        + "); create a new region and move its provinces");
            }
            apply(region, request);
        }));
    }

    @Transactional
    public void deactivate(UUID id) {
        REGIONS.find(id).active = false;
    }

    private static void apply(Region region, RegionRequest request) {
        region.nameZh = request.nameZh();
        region.nameEn = request.nameEn();
        region.position = request.position() == null ? DEFAULT_POSITION : request.position();
        region.active = !Boolean.FALSE.equals(request.active());
    }
}
