package io.fieldback.campaign.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.campaign.CampaignKind;
import io.fieldback.campaign.ItemState;

final class Requests {

    private Requests() {
    }

    @Schema(name = "CampaignRequest", description = "A campaign over a product series; the other bounds are optional "
            + "and inclusive", example = """
                    {"code": "RC-2026-07", "kind": "RECALL", "name": "YC6K 水泵召回", "productSeries": "YC6K",
                     "serialFrom": "YC6K2600001", "serialTo": "YC6K2609999", "deliveredFrom": "2026-01-01",
                     "deliveredTo": "2026-06-30", "region": "EAST", "deadline": "2026-12-31"}""")
    record CampaignRequest(
            @NotBlank @Size(max = 40) String code,
            @NotNull CampaignKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String productSeries,
            @Size(min = 1, max = 40) String serialFrom,
            @Size(min = 1, max = 40) String serialTo,
            LocalDate deliveredFrom,
            LocalDate deliveredTo,
            @Size(max = 16) String region,
            @NotNull LocalDate deadline) {
    }

    @Schema(name = "CampaignItemOutcome", example = """
            {"state": "NOT_APPLICABLE", "reason": "机器已报废"}""")
    record OutcomeRequest(
            @NotNull @Schema(description = "NOT_REACHABLE or NOT_APPLICABLE") ItemState state,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "CampaignItemVisit", example = """
            {"visitId": "01936f4e-8c2a-7b3d-9e4f-5a6b7c8d9e0f"}""")
    record VisitLinkRequest(@NotNull UUID visitId) {
    }
}
