package io.fieldback.insights;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.followup.CallPurpose;

/** The five-dimension model for a period, per group and in total. */
@Schema(name = "FiveDimensionReport")
public record FiveDimensionReport(
        @Schema(description = "first day, inclusive") LocalDate from,
        @Schema(description = "last day, inclusive") LocalDate to,
        @Schema(description = "the zone whose calendar days these are", example = "Asia/Shanghai") String timeZone,
        @Schema(example = "region") String groupBy,
        @Schema(description = "whether calls flagged perfunctory count in the satisfaction figures") boolean perfunctoryIncluded,
        @Schema(description = "per group; region, relationship and importance list every value, with zeros when empty") List<GroupFigures> groups,
        GroupFigures total,
        @Schema(description = "the purposes of the calls counted (purpose=; default FIRST_FOLLOW_UP); vendor rows count as "
                + "FIRST_FOLLOW_UP") List<CallPurpose> purposes) {
}
