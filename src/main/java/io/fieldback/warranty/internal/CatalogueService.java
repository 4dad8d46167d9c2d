package io.fieldback.warranty.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.security.Caller;
import io.fieldback.station.StationService;
import io.fieldback.warranty.ClaimKind;
import io.fieldback.warranty.ClaimTypeView;
import io.fieldback.warranty.LabourRateView;
import io.fieldback.warranty.OperationCodeView;
import io.fieldback.warranty.internal.CatalogueRequests.ClaimTypeRequest;
import io.fieldback.warranty.internal.CatalogueRequests.LabourRateRequest;
import io.fieldback.warranty.internal.CatalogueRequests.OperationCodeRequest;

/** Operation codes, effective-dated labour rates and claim types; admins configure, claimants read. */
@ApplicationScoped
class CatalogueService {

    private final Caller caller;
    private final StationService stations;
    private final CampaignCheck campaigns;

    CatalogueService(Caller caller, StationService stations, CampaignCheck campaigns) {
        this.caller = caller;
        this.stations = stations;
        this.campaigns = campaigns;
    }

    @Transactional
    OperationCodeView createOperation(OperationCodeRequest request) {
        OperationCode existing = OperationCode.of(request.code(), request.productSeries());
        if (existing != null) {
            throw ApiException.conflict("operation code " + request.code() + " already exists for series "
                    + request.productSeries() + " (id " + existing.id + (existing.active ? ")"
                            : ", deactivated: PUT it to use it again)"));
        }
        OperationCode op = new OperationCode();
        op.code = request.code();
        op.productSeries = request.productSeries();
        op.description = request.description();
        op.standardHours = request.standardHours();
        op.persistAndFlush();
        return Views.of(op);
    }

    @Transactional
    Page<OperationCodeView> operations(String productSeries, String code, PageParams paging) {
        Filter filter = new Filter().eq("e.productSeries", productSeries).eq("e.code", code).eq("e.active", true);
        return Keyset.page(OperationCode.class, filter, paging, Views::of);
    }

    @Transactional
    LabourRateView createRate(LabourRateRequest request) {
        UUID dealerId = stations.dealerOf(request.stationId());
        if (dealerId == null) {
            throw ApiException.badRequest("stationId", "no station with this id");
        }
        LabourRate same = LabourRate.at(request.stationId(), request.validFrom());
        if (same != null) {
            throw ApiException.conflict("the station already has a labour rate from " + request.validFrom() + " (id "
                    + same.id + (same.active ? ")" : ", withdrawn: PUT it to use it again)"));
        }
        checkOneCurrency(request.stationId(), request.currency(), null);
        LabourRate rate = new LabourRate();
        rate.stationId = request.stationId();
        rate.dealerId = dealerId;
        rate.validFrom = request.validFrom();
        rate.hourlyRate = request.hourlyRate();
        rate.currency = request.currency();
        rate.persistAndFlush();
        return Views.of(rate);
    }

    /** Rates of the stations the caller may see; {@code on} keeps only the rate in force that day per station. */
    @Transactional
    Page<LabourRateView> rates(UUID stationId, LocalDate on, PageParams paging) {
        Filter filter = new Filter().eq("e.stationId", stationId).eq("e.dealerId", caller.confinedToDealer())
                .eq("e.stationId", caller.confinedToStation()).eq("e.active", true)
                .clause("e.validFrom = (select max(r.validFrom) from LabourRate r where r.stationId = e.stationId "
                        + "and r.active = true and r.validFrom <= :p)", on);
        return Keyset.page(LabourRate.class, filter, paging, Views::of);
    }

    @Transactional
    ClaimTypeView createType(ClaimTypeRequest request) {
        campaigns.type(request);
        ClaimType existing = ClaimType.byCode(request.code());
        if (existing != null) {
            throw ApiException.conflict("claim type " + request.code() + " already exists (id " + existing.id
                    + (existing.active ? ")" : ", deactivated: PUT it to use it again)"));
        }
        ClaimType type = new ClaimType();
        type.code = request.code();
        type.kind = request.kind();
        type.name = request.name();
        type.campaignCode = request.campaignCode();
        type.persistAndFlush();
        return Views.of(type);
    }

    @Transactional
    Page<ClaimTypeView> types(ClaimKind kind, PageParams paging) {
        return Keyset.page(ClaimType.class, new Filter().eq("e.kind", kind).eq("e.active", true), paging, Views::of);
    }

    /** A station's active rates share one currency (its claim currency); {@code except} is the rate being replaced. */
    static void checkOneCurrency(UUID stationId, String currency, UUID except) {
        List<LabourRate> others = LabourRate.forStations(List.of(stationId)).stream()
                .filter(r -> !r.id.equals(except)).toList();
        if (others.stream().anyMatch(r -> !r.currency.equals(currency))) {
            throw ApiException.badRequest("currency", "the station's rates are in " + others.get(0).currency
                    + "; a station claims in one currency");
        }
    }

    static void checkCampaign(ClaimTypeRequest request) {
        boolean campaign = request.kind() == ClaimKind.CAMPAIGN;
        if (campaign == (request.campaignCode() == null || request.campaignCode().isBlank())) {
            throw ApiException.badRequest("campaignCode", campaign ? "a CAMPAIGN type names its campaign code"
                    : "only a CAMPAIGN type has a campaign code");
        }
    }

    /** What a batch of claims needs from the catalogue, in three queries. */
    Catalogue snapshot(Collection<String> productSeries, Collection<UUID> stationIds) {
        return new Catalogue(OperationCode.activeFor(productSeries), LabourRate.forStations(stationIds),
                ClaimType.listAll());
    }
}
