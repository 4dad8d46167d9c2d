package io.fieldback.insights;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.complaint.Category;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.ComplaintFigures;

/**
 * Complaint figures for any period, computed by the complaint feature's figures (the same rules as its
 * monthly figures: by receipt for on-time rates and the Pareto, by first closure for the time to close,
 * by reopening for recurrences; duplicates count nowhere). Rates are 0 when their base is 0.
 */
@Schema(name = "InsightComplaintFigures")
public record ComplaintInsight(
        @Schema(example = "2026-W48") String period,
        @Schema(description = "complaints received, duplicates left out") long received,
        @Schema(description = "duplicates received, not counted anywhere else") long duplicatesExcluded,
        @Schema(description = "per clock, over the complaints received") List<OnTime> onTime,
        @Schema(description = "Pareto: per category, most first, with cumulative share; every category is listed") List<CategoryCount> pareto,
        @Schema(description = "complaints first closed in the period") long closed,
        @Schema(description = "mean hours from receipt to first closure of those; 0 when none") BigDecimal meanHoursToClose,
        @Schema(description = "reopenings in the period because the fault recurred") long recurrences) {

    @Schema(name = "InsightComplaintOnTime")
    public record OnTime(ClockKind clock, long met, long missed, long running,
            @Schema(description = "met / (met + missed), 0 to 1; running clocks are not decided yet") BigDecimal onTimeRate) {
    }

    @Schema(name = "InsightComplaintCategory")
    public record CategoryCount(Category category, long count,
            @Schema(description = "count / received") BigDecimal share,
            @Schema(description = "share of this and every category before it") BigDecimal cumulativeShare) {
    }

    public static ComplaintInsight of(ComplaintFigures f) {
        List<OnTime> onTime = f.onTime().stream()
                .map(o -> new OnTime(o.clock(), o.met(), o.missed(), o.running(), zero(o.onTimeRate(), 4))).toList();
        List<CategoryCount> pareto = new java.util.ArrayList<>(f.categories().stream()
                .map(c -> new CategoryCount(c.category(), c.count(), zero(c.share(), 4), zero(c.cumulativeShare(), 4)))
                .toList());
        // categories without complaints close the list, so the Pareto always has every bar
        BigDecimal full = f.received() == 0 ? BigDecimal.ZERO : BigDecimal.ONE.setScale(4);
        for (Category category : Category.values()) {
            if (pareto.stream().noneMatch(c -> c.category() == category)) {
                pareto.add(new CategoryCount(category, 0, BigDecimal.ZERO.setScale(4), full));
            }
        }
        return new ComplaintInsight(f.month(), f.received(), f.duplicatesExcluded(), onTime, pareto, f.closed(),
                zero(f.meanHoursToClose(), 2), f.recurrences());
    }

    private static BigDecimal zero(BigDecimal value, int scale) {
        return value == null ? BigDecimal.ZERO.setScale(scale) : value;
    }
}
