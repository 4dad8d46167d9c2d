package io.fieldback.complaint;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A month of complaints in figures. Duplicates are left out, so no complaint counts twice. */
@Schema(name = "ComplaintFigures")
public record ComplaintFigures(
        @Schema(example = "2026-11") String month,
        @Schema(description = "the time zone whose calendar month this is", example = "UTC") String timeZone,
        @Schema(description = "complaints received in the month, duplicates left out") long received,
        @Schema(description = "duplicates received in the month, not counted anywhere else") long duplicatesExcluded,
        @Schema(description = "per clock, over the complaints received in the month") List<OnTime> onTime,
        @Schema(description = "Pareto: complaints per category, most first, with cumulative share") List<CategoryCount> categories,
        @Schema(description = "complaints first closed in the month") long closed,
        @Schema(description = "mean time from receipt to first closure of those, in hours; absent when none")
        BigDecimal meanHoursToClose,
        @Schema(description = "reopenings in the month because the fault recurred") long recurrences) {

    /** {@code onTimeRate} = met / (met + missed); running clocks are not decided yet and left out. */
    @Schema(name = "ComplaintOnTime")
    public record OnTime(ClockKind clock, long met, long missed, long running,
            @Schema(description = "0 to 1, four decimals; absent when no clock was decided") BigDecimal onTimeRate) {
    }

    @Schema(name = "ComplaintCategoryCount")
    public record CategoryCount(Category category, long count,
            @Schema(description = "share of the month's complaints, 0 to 1") BigDecimal share,
            @Schema(description = "share of this and every larger category") BigDecimal cumulativeShare) {
    }
}
