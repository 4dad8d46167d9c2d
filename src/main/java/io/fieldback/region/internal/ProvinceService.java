package io.fieldback.region.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.ReferenceData;
import io.fieldback.region.ProvinceMoved;

/** Provinces and the region each belongs to. */
@ApplicationScoped
class ProvinceService {

    private static final ReferenceData<Province> PROVINCES = new ReferenceData<>(Province.class, "province");

    private final Event<ProvinceMoved> moved;

    public ProvinceService(Event<ProvinceMoved> moved) {
        this.moved = moved;
    }

    @Transactional
    public ProvinceView create(ProvinceRequest request) {
        PROVINCES.requireFreeCode(request.code(), null);
        requireFreeName(request.nameZh(), null);
        Province province = new Province();
        province.code = request.code();
        apply(province, request);
        return ProvinceView.of(PROVINCES.insert(province));
    }

    @Transactional
    public ProvinceView get(UUID id) {
        return ProvinceView.of(PROVINCES.find(id));
    }

    @Transactional
    public Page<ProvinceView> list(String regionCode, PageParams paging) {
        return Keyset.page(Province.class, new Filter().eq("e.regionCode", regionCode), paging, ProvinceView::of);
    }

    /** A new region carries the province's customers and stations along (see {@link ProvinceMoved}). */
    @Transactional
    public ProvinceView update(UUID id, ProvinceRequest request, String ifMatch) {
        Province province = PROVINCES.find(id);
        String from = province.regionCode;
        PROVINCES.replace(province, ifMatch, p -> {
            if (!p.code.equals(request.code())) {
                throw ApiException.badRequest("code", "a province's code cannot change (it is " + p.code + ")");
            }
            requireFreeName(request.nameZh(), id);
            apply(p, request);
        });
        if (!from.equals(province.regionCode)) {
            moved.fire(new ProvinceMoved(province.code, from, province.regionCode));
        }
        return ProvinceView.of(province);
    }

    /** Only a province nothing refers to may go: the database's foreign keys say whether anything does. */
    @Transactional
    public void delete(UUID id) {
        Province province = PROVINCES.find(id);
        try {
            province.delete();
            Province.flush();
        } catch (PersistenceException e) {
            throw ApiException.conflict("province " + province.code + " still has customers or stations; "
                    + "move them to another province first");
        }
    }

    private static void requireFreeName(String nameZh, UUID self) {
        if (Province.count("nameZh = ?1 and id <> ?2", nameZh, self == null ? new UUID(0, 0) : self) > 0) {
            throw ApiException.conflict("a province named '" + nameZh + "' exists already");
        }
    }

    private static void apply(Province province, ProvinceRequest request) {
        Region region = Region.byCode(request.regionCode());
        if (region == null || !region.code.equals(request.regionCode())) {
            throw ApiException.badRequest("regionCode", "'" + request.regionCode() + "' is not a region");
        }
        if (!region.active && !region.code.equals(province.regionCode)) {
            throw ApiException.badRequest("regionCode", "region " + region.code + " is inactive");
        }
        province.gbCode = request.gbCode();
        province.nameZh = request.nameZh();
        province.nameEn = request.nameEn();
        province.regionCode = region.code;
    }
}
