package io.fieldback.warranty.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.campaign.Campaigns;
import io.fieldback.common.ApiException;
import io.fieldback.common.FieldError;
import io.fieldback.warranty.ClaimKind;
import io.fieldback.warranty.internal.CatalogueRequests.ClaimTypeRequest;

/**
 * A CAMPAIGN claim type names a campaign that exists, and a claim under it is for a machine the campaign covers
 * (its series, serial and delivery ranges, region): otherwise a clear 400 and nothing stored.
 */
@ApplicationScoped
class CampaignCheck {

    private final Campaigns campaigns;

    CampaignCheck(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The type's own rule (a code exactly for CAMPAIGN), then the campaign's existence. */
    void type(ClaimTypeRequest request) {
        CatalogueService.checkCampaign(request);
        if (request.kind() == ClaimKind.CAMPAIGN && !campaigns.exists(request.campaignCode())) {
            throw ApiException.badRequest("campaignCode", "no campaign with code " + request.campaignCode()
                    + "; create the campaign first");
        }
    }

    /** Which machines a campaign covers, and whether the campaign exists: asked per claim or read for a request. */
    interface Cover {
        boolean covers(String code, UUID equipmentId);

        boolean exists(String code);
    }

    /** The campaigns' answer one claim at a time (a single claim's PUT or POST). */
    Cover perClaim() {
        return new Cover() {
            public boolean covers(String code, UUID equipmentId) {
                return campaigns.covers(code, equipmentId);
            }

            public boolean exists(String code) {
                return campaigns.exists(code);
            }
        };
    }

    /**
     * The campaigns' answer for a whole bulk request, read once per campaign code among its CAMPAIGN claims rather
     * than once per claim (the same rule: {@link Campaigns#coveredOf} is {@link Campaigns#covers} for many).
     */
    Cover forRequest(Collection<WarrantyClaim> claims) {
        Map<String, Set<UUID>> machinesByCode = new HashMap<>();
        for (WarrantyClaim claim : claims) {
            ClaimType type = ClaimType.findById(claim.claimTypeId);  // in the session already: the snapshot read it
            if (type.kind == ClaimKind.CAMPAIGN) {
                machinesByCode.computeIfAbsent(type.campaignCode, k -> new HashSet<>()).add(claim.equipmentId);
            }
        }
        Map<String, Set<UUID>> covered = new HashMap<>();
        machinesByCode.forEach((code, machines) -> covered.put(code, campaigns.coveredOf(code, machines)));
        Map<String, Boolean> existing = new HashMap<>();
        return new Cover() {
            public boolean covers(String code, UUID equipmentId) {
                return covered.getOrDefault(code, Set.of()).contains(equipmentId);
            }

            public boolean exists(String code) {
                return existing.computeIfAbsent(code, campaigns::exists);
            }
        };
    }

    /** The built claim, or its refusal when its CAMPAIGN type's campaign does not cover the claimed machine. */
    ClaimBuilder.Built covering(ClaimBuilder.Built built, Cover cover) {
        if (built.claim() == null) {
            return built;
        }
        ClaimType type = ClaimType.findById(built.claim().claimTypeId);  // in the session already: the snapshot read it
        if (type.kind != ClaimKind.CAMPAIGN || cover.covers(type.campaignCode, built.claim().equipmentId)) {
            return built;
        }
        String why = cover.exists(type.campaignCode)
                ? "campaign " + type.campaignCode + " does not cover machine " + built.claim().serialNumber
                        + " (series " + built.claim().productSeries + "): claim it under another type"
                : "claim type " + type.code + " pays for campaign " + type.campaignCode + ", which does not exist";
        return new ClaimBuilder.Built(null, List.of(new FieldError("claimTypeCode", why)));
    }
}
