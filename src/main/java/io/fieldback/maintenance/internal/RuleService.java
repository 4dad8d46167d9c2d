package io.fieldback.maintenance.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.maintenance.RuleView;

@ApplicationScoped
class RuleService {

    @Transactional
    public RuleView create(RuleRequest request) {
        validate(request);
        requireFreeSeries(request.productSeries(), null);
        MaintenanceRule rule = new MaintenanceRule();
        apply(rule, request);
        rule.persistAndFlush();
        return rule.view();
    }

    @Transactional
    public RuleView update(UUID id, RuleRequest request, String ifMatch) {
        MaintenanceRule rule = find(id);
        ETags.require(ifMatch, rule.version);
        validate(request);
        requireFreeSeries(request.productSeries(), id);
        apply(rule, request);
        MaintenanceRule.flush();
        return rule.view();
    }

    @Transactional
    public RuleView get(UUID id) {
        return find(id).view();
    }

    @Transactional
    public Page<RuleView> list(String productSeries, PageParams paging) {
        return Keyset.page(MaintenanceRule.class, new Filter().eq("e.productSeries", productSeries), paging,
                MaintenanceRule::view);
    }

    private static MaintenanceRule find(UUID id) {
        MaintenanceRule rule = MaintenanceRule.findById(id);
        if (rule == null) {
            throw ApiException.notFound("maintenance rule " + id);
        }
        return rule;
    }

    /** Zero and negative intervals are refused by the request's constraints; here what needs two fields. */
    private static void validate(RuleRequest r) {
        boolean meter = r.firstMeter() != null || r.everyMeter() != null;
        if (meter && r.meterUnit() == null) {
            throw ApiException.badRequest("meterUnit", "say whether the meter intervals count HOURS or KM");
        }
        if (!meter && r.meterUnit() != null) {
            throw ApiException.badRequest("meterUnit", "given without firstMeter or everyMeter");
        }
        if (r.everyMeter() == null && r.everyMonths() == null) {
            throw ApiException.badRequest("everyMonths", "give everyMonths or everyMeter (or both): the recurring interval");
        }
    }

    private static void requireFreeSeries(String series, UUID self) {
        if (MaintenanceRule.count("productSeries = ?1 and id <> ?2", series, self == null ? new UUID(0, 0) : self) > 0) {
            throw ApiException.conflict("product series '" + series + "' already has a maintenance rule");
        }
    }

    private static void apply(MaintenanceRule rule, RuleRequest r) {
        rule.productSeries = r.productSeries();
        rule.meterUnit = r.meterUnit();
        rule.firstMeter = r.firstMeter();
        rule.firstMonths = r.firstMonths();
        rule.everyMeter = r.everyMeter();
        rule.everyMonths = r.everyMonths();
        rule.mode = r.mode();
    }
}
