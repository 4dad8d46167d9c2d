package io.fieldback.warranty.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.BaseEntity;
import io.fieldback.common.ETags;
import io.fieldback.common.RowLocks;
import io.fieldback.security.Caller;
import io.fieldback.warranty.ClaimTypeView;
import io.fieldback.warranty.LabourRateView;
import io.fieldback.warranty.OperationCodeView;
import io.fieldback.warranty.internal.CatalogueRequests.ClaimTypeRequest;
import io.fieldback.warranty.internal.CatalogueRequests.LabourRateRequest;
import io.fieldback.warranty.internal.CatalogueRequests.OperationCodeRequest;

/**
 * One catalogue entry by id: read, replace (If-Match) and deactivate. An entry's key (operation code and
 * series, the rate's station, the type's code) never changes: claims and other entries refer to it.
 * A PUT replaces the entry and makes it active again; deactivating keeps the row (claims priced with it
 * keep their copy of code, hours and rate) but new claims can no longer use it.
 */
@ApplicationScoped
class CatalogueEntries {

    private final Caller caller;
    private final CampaignCheck campaigns;

    CatalogueEntries(Caller caller, CampaignCheck campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Transactional
    OperationCodeView operation(UUID id) {
        return Views.of(found(OperationCode.<OperationCode>findById(id), "operation code", id));
    }

    @Transactional
    OperationCodeView updateOperation(UUID id, OperationCodeRequest request, String ifMatch) {
        OperationCode op = locked("warranty_operation_codes", k -> OperationCode.<OperationCode>findById(k), "operation code", id, ifMatch);
        sameKey("code", op.code, request.code());
        sameKey("productSeries", op.productSeries, request.productSeries());
        op.description = request.description();
        op.standardHours = request.standardHours();
        op.active = true;
        OperationCode.flush();
        return Views.of(op);
    }

    @Transactional
    void deactivateOperation(UUID id) {
        found(OperationCode.<OperationCode>findById(id), "operation code", id).active = false;
    }

    @Transactional
    LabourRateView rate(UUID id) {
        return Views.of(visible(LabourRate.findById(id), id));
    }

    @Transactional
    LabourRateView updateRate(UUID id, LabourRateRequest request, String ifMatch) {
        LabourRate rate = visible(RowLocks.lock("warranty_labour_rates", id) ? LabourRate.findById(id) : null, id);
        ETags.require(ifMatch, rate.version);
        sameKey("stationId", rate.stationId.toString(), request.stationId().toString());
        LabourRate same = LabourRate.at(rate.stationId, request.validFrom());
        if (same != null && !same.id.equals(rate.id)) {
            throw ApiException.conflict("the station already has a labour rate from " + request.validFrom() + " (id "
                    + same.id + ")");
        }
        CatalogueService.checkOneCurrency(rate.stationId, request.currency(), rate.id);
        rate.validFrom = request.validFrom();
        rate.hourlyRate = request.hourlyRate();
        rate.currency = request.currency();
        rate.active = true;
        LabourRate.flush();
        return Views.of(rate);
    }

    @Transactional
    void deactivateRate(UUID id) {
        visible(LabourRate.findById(id), id).active = false;
    }

    @Transactional
    ClaimTypeView type(UUID id) {
        return Views.of(found(ClaimType.<ClaimType>findById(id), "claim type", id));
    }

    @Transactional
    ClaimTypeView updateType(UUID id, ClaimTypeRequest request, String ifMatch) {
        ClaimType type = locked("warranty_claim_types", k -> ClaimType.<ClaimType>findById(k), "claim type", id, ifMatch);
        sameKey("code", type.code, request.code());
        campaigns.type(request);
        type.kind = request.kind();
        type.name = request.name();
        type.campaignCode = request.campaignCode();
        type.active = true;
        ClaimType.flush();
        return Views.of(type);
    }

    @Transactional
    void deactivateType(UUID id) {
        found(ClaimType.<ClaimType>findById(id), "claim type", id).active = false;
    }

    private static <T extends BaseEntity> T locked(String table, java.util.function.Function<UUID, T> load, String what,
            UUID id, String ifMatch) {
        T entry = found(RowLocks.lock(table, id) ? load.apply(id) : null, what, id);
        ETags.require(ifMatch, entry.version);
        return entry;
    }

    private static <T> T found(T entry, String what, UUID id) {
        if (entry == null) {
            throw ApiException.notFound(what + " " + id);
        }
        return entry;
    }

    /** A rate belongs to its station: a station manager or dealer sees only its own (others: 404). */
    private LabourRate visible(LabourRate rate, UUID id) {
        if (rate == null || !caller.canSeeStation(rate.stationId, rate.dealerId)) {
            throw ApiException.notFound("labour rate " + id);
        }
        return rate;
    }

    private static void sameKey(String field, String current, String requested) {
        if (!current.equals(requested)) {
            throw ApiException.badRequest(field, "is the entry's key and cannot change; it is " + current);
        }
    }
}
