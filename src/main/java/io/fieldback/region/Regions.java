package io.fieldback.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.ApiException;
import io.fieldback.common.FieldError;
import io.fieldback.region.internal.Province;
import io.fieldback.region.internal.Region;

/**
 * The public face of the region feature: where a customer or station may be placed. The one rule: a
 * record has a region and optionally a province; with a province, the region is the province's.
 * Not transactional on purpose: a refusal here must not mark the caller's transaction for rollback
 * (the dealer sync checks each item and carries on with the others).
 */
@ApplicationScoped
public class Regions {

    /** Where a record is placed: a region code and a province code (null when none). */
    public record Placement(String region, String province) {
    }

    /**
     * The placement for a request, or a 400 naming the field. {@code currentRegion} is the record's region
     * before the change (null on create): a record may stay in a region that was deactivated meanwhile.
     */
    public Placement place(String region, String province, String currentRegion) {
        List<FieldError> errors = new ArrayList<>();
        Placement placement = check(region, province, currentRegion, errors);
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            throw new ApiException(400, "validation", "Invalid request", first.field() + ": " + first.message(),
                    errors);
        }
        return placement;
    }

    /** As {@link #place}, but the problems are added to {@code errors} (null placement when there are any). */
    public Placement check(String region, String province, String currentRegion, List<FieldError> errors) {
        Province p = null;
        if (province != null && !province.isBlank()) {
            p = Province.named(province);
            if (p == null) {
                errors.add(new FieldError("province", "'" + province + "' names no province (see GET /api/v1/provinces)"));
                return null;
            }
        }
        String code = region == null || region.isBlank() ? (p == null ? null : p.regionCode) : region;
        if (code == null) {
            errors.add(new FieldError("region", "give a region, or a province to take the region from"));
            return null;
        }
        Region r = Region.byCode(code);
        if (r == null || !r.code.equals(code)) {
            errors.add(new FieldError("region", "'" + code + "' is not a region; one of " + codes()));
            return null;
        }
        if (p != null && !p.regionCode.equals(code)) {
            errors.add(new FieldError("region", "province " + p.nameZh + " (" + p.code + ") is in region "
                    + p.regionCode + ", not " + code));
            return null;
        }
        if (!r.active && !code.equals(currentRegion)) {
            errors.add(new FieldError("region", "region " + code + " is inactive: it takes no new customers or stations"));
            return null;
        }
        return new Placement(code, p == null ? null : p.code);
    }

    /** A region filter's value, checked (400 for an unknown one); null stays null. */
    public String regionFilter(String value) {
        if (value == null) {
            return null;
        }
        Region r = Region.byCode(value);
        if (r == null || !r.code.equals(value)) {
            throw ApiException.badRequest("region", "'" + value + "' is not a region; one of " + codes());
        }
        return r.code;
    }

    /** A province filter's value as its code (the name is accepted too; 400 for an unknown one). */
    public String provinceFilter(String value) {
        if (value == null) {
            return null;
        }
        Province p = Province.named(value);
        if (p == null) {
            throw ApiException.badRequest("province", "'" + value + "' names no province (see GET /api/v1/provinces)");
        }
        return p.code;
    }

    /** Every region code with its Chinese name, in report order; the inactive ones too when asked. */
    public Map<String, String> regionNames(boolean withInactive) {
        Map<String, String> names = new LinkedHashMap<>();
        Region.inOrder().stream().filter(r -> withInactive || r.active).forEach(r -> names.put(r.code, r.nameZh));
        return names;
    }

    /** Every province code with its Chinese name. */
    public Map<String, String> provinceNames() {
        return Province.<Province>listAll().stream().collect(Collectors.toMap(p -> p.code, p -> p.nameZh));
    }

    private static String codes() {
        return Region.inOrder().stream().filter(r -> r.active).map(r -> r.code).collect(Collectors.joining(", "));
    }
}
