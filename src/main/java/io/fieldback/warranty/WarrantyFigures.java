package io.fieldback.warranty;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The warranty figures (step 6): each answer names its months and carries the counts behind every rate. */
public final class WarrantyFigures {

    private WarrantyFigures() {
    }

    @Schema(name = "WarrantyClaimFigures", description = "claims per product series and month of repair")
    public record Claims(String from, String to, List<ClaimsRow> items) {
    }

    @Schema(name = "WarrantyClaimFiguresRow")
    public record ClaimsRow(String productSeries,
            @Schema(description = "month of the repair (warranty time zone)", example = "2026-11") String month,
            String currency,
            @Schema(description = "claims submitted (every status but DRAFT)") long claims,
            BigDecimal claimedTotal,
            @Schema(description = "approved totals of the claims the manufacturer pays") BigDecimal approvedTotal,
            @Schema(description = "what was paid for these claims: their lines in settlement batches marked PAID")
            BigDecimal paidTotal) {
    }

    @Schema(name = "WarrantyFailureRates", description = "failures per 1,000 machines by product series and delivery month")
    public record FailureRates(String from, String to, List<FailureRateRow> items) {
    }

    @Schema(name = "WarrantyFailureRateRow")
    public record FailureRateRow(String productSeries,
            @Schema(description = "month the machines were delivered", example = "2025-03") String deliveryMonth,
            @Schema(description = "machines delivered in the month: the denominator") long machinesDelivered,
            @Schema(description = "claims on those machines, submitted and not rejected") long failures,
            @Schema(description = "distinct machines among them") long failedMachines,
            @Schema(description = "failures × 1000 / machines delivered, 2 decimals; null when none were delivered")
            BigDecimal failuresPer1000) {
    }

    @Schema(name = "WarrantyTopParts", description = "the parts most often claimed as the cause of a failure")
    public record TopParts(String from, String to, List<PartRow> items) {
    }

    @Schema(name = "WarrantyTopPartRow")
    public record PartRow(String partNumber,
            @Schema(description = "claims (submitted, not rejected) with this part as causal part") long failures,
            @Schema(description = "quantity replaced over those lines") BigDecimal quantity) {
    }

    @Schema(name = "WarrantyFailureCauses", description = "Pareto of inspection findings of returned parts")
    public record FailureCauses(String from, String to, long inspected, List<CauseRow> items) {
    }

    @Schema(name = "WarrantyFailureCauseRow")
    public record CauseRow(Finding finding, long parts,
            @Schema(description = "percent of the inspected parts, 2 decimals") BigDecimal share,
            @Schema(description = "running percent down the list, most frequent first") BigDecimal cumulativeShare) {
    }

    @Schema(name = "WarrantyLeadTimes", description = "mean days from repair to decision and to payment, per repair month")
    public record LeadTimes(String from, String to, List<LeadTimeRow> items) {
    }

    @Schema(name = "WarrantyLeadTimeRow")
    public record LeadTimeRow(String month,
            @Schema(description = "claims decided (approved, cut, rejected or auto-approved)") long decided,
            @Schema(description = "mean calendar days from the repair day to the decision day, 2 decimals")
            BigDecimal meanDaysToDecision,
            @Schema(description = "claims paid (in a batch marked PAID)") long paid,
            @Schema(description = "mean calendar days from the repair day to the payment day, 2 decimals")
            BigDecimal meanDaysToPayment) {
    }
}
