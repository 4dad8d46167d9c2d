package io.fieldback.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Mean scores of graded items whose options carry scores, per period, item and part (dimension). */
@Schema(name = "GradeScores")
public record GradeScores(LocalDate from, LocalDate to, String timeZone,
        @Schema(description = "week or month") String granularity, boolean includePerfunctory,
        List<PeriodScores> periods) {

    @Schema(name = "GradeScoresPeriod")
    public record PeriodScores(String period, LocalDate first, LocalDate last,
            @Schema(description = "every scored item answered in the period") List<ItemScore> items,
            @Schema(description = "per dimension of the scored items (items without one are left out)")
            List<PartScore> parts) {
    }

    @Schema(name = "GradeScoresItem")
    public record ItemScore(String item, @Schema(description = "the item's dimension, if any") String dimension,
            Mean own, Mean vendor, Mean combined) {
    }

    @Schema(name = "GradeScoresPart")
    public record PartScore(String dimension, Mean own, Mean vendor, Mean combined) {
    }

    /** How many scored answers, and their mean score (2 decimals, half up; null without answers). */
    @Schema(name = "GradeScoresMean")
    public record Mean(long answers, BigDecimal meanScore) {

        public static Mean of(long answers, BigDecimal sum) {
            return new Mean(answers, answers == 0 ? null
                    : sum.divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP));
        }
    }
}
