package io.fieldback.engineering;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Failures, warranty claims and complaints per 1,000 machines of the series, before and after a design
 * change, counted to date, with the counts behind every rate.
 */
@Schema(name = "DesignChangeFigures")
public record DesignChangeFigures(UUID designChangeId, String changeNumber, String productSeries,
        Group before, Group after,
        @Schema(description = "machines of the series that could not be placed (no delivery date, for a change by date)")
        long machinesUnplaced) {

    @Schema(name = "DesignChangeGroup")
    public record Group(long machines,
            @Schema(description = "warranty and paid repair visits, not cancelled") long failures,
            @Schema(nullable = true, description = "per 1,000 machines, one decimal; null without machines") BigDecimal failuresPer1000,
            @Schema(description = "claims submitted and not rejected") long warrantyClaims,
            @Schema(nullable = true) BigDecimal warrantyClaimsPer1000,
            @Schema(description = "product-quality complaints, duplicates left out") long complaints,
            @Schema(nullable = true) BigDecimal complaintsPer1000) {
    }
}
