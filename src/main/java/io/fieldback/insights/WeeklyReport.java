package io.fieldback.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.followup.CallPurpose;

/**
 * A week's follow-up report: the five dimensions (all groups together), the satisfaction index and the
 * complaint figures of the week and of the week before, and every headline figure with its change.
 */
@Schema(name = "WeeklyReport")
public record WeeklyReport(
        @Schema(example = "2026-W48") String week,
        @Schema(description = "Monday") LocalDate from,
        @Schema(description = "Sunday") LocalDate to,
        @Schema(example = "Asia/Shanghai") String timeZone,
        @Schema(example = "2026-W47") String previousWeek,
        boolean perfunctoryIncluded,
        @Schema(description = "the week's five-dimension figures (own, vendor, combined)") GroupFigures fiveDimensions,
        @Schema(description = "the same for the week before") GroupFigures previousFiveDimensions,
        @Schema(description = "the week's satisfaction index, sources combined") SatisfactionIndex.Point index,
        SatisfactionIndex.Point previousIndex,
        ComplaintInsight complaints,
        ComplaintInsight previousComplaints,
        @Schema(description = "every headline figure: this week, the week before, and the change (this - before)") List<Change> changes,
        @Schema(description = "the purposes of the calls counted: first follow-ups (second satisfaction is reported "
                + "from the complaints)") List<CallPurpose> purposes) {

    @Schema(name = "WeeklyReportChange")
    public record Change(
            @Schema(example = "own.called") String figure,
            @Schema(description = "Chinese and English name", example = "已拨打 called") String label,
            @Schema(description = "count, rate (0-1), score (0-100) or hours") String unit,
            BigDecimal value, BigDecimal previous, BigDecimal change) {
    }
}
