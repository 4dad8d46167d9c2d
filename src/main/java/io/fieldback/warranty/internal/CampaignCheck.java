package io.fieldback.warranty.internal;

import java.util.List;

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

    /** The built claim, or its refusal when its CAMPAIGN type's campaign does not cover the claimed machine. */
    ClaimBuilder.Built covering(ClaimBuilder.Built built) {
        if (built.claim() == null) {
            return built;
        }
        ClaimType type = ClaimType.findById(built.claim().claimTypeId);  // in the session already: the snapshot read it
        if (type.kind != ClaimKind.CAMPAIGN || campaigns.covers(type.campaignCode, built.claim().equipmentId)) {
            return built;
        }
        String why = campaigns.exists(type.campaignCode)
                ? "campaign " + type.campaignCode + " does not cover machine " + built.claim().serialNumber
                        + " (series " + built.claim().productSeries + "): claim it under another type"
                : "claim type " + type.code + " pays for campaign " + type.campaignCode + ", which does not exist";
        return new ClaimBuilder.Built(null, List.of(new FieldError("claimTypeCode", why)));
    }
}
