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

        static Mean of(long answers, BigDecimal sum) {
            return new Mean(answers, answers == 0 ? null
                    : sum.divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP));
        }
    }

    static GradeScores of(Period period, Period.Granularity grain, ZoneId zone, boolean includePerfunctory,
            List<Period> buckets, GradeScoreQueries.Result sums) {
        List<PeriodScores> periods = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            Map<String, GradeScoreQueries.Sum[]> items = sums.buckets.get(b);
            List<ItemScore> itemScores = new ArrayList<>();
            items.forEach((key, s) -> {
                String dimension = key.substring(key.indexOf('\t') + 1);
                itemScores.add(new ItemScore(key.substring(0, key.indexOf('\t')), dimension.isEmpty() ? null : dimension,
                        mean(s[0]), mean(s[1]), combined(s)));
            });
            List<PartScore> parts = new ArrayList<>();
            GradeScoreQueries.byDimension(items)
                    .forEach((dimension, s) -> parts.add(new PartScore(dimension, mean(s[0]), mean(s[1]), combined(s))));
            Period bucket = buckets.get(b);
            periods.add(new PeriodScores(bucket.label(), bucket.first(), bucket.last(), itemScores, parts));
        }
        return new GradeScores(period.first(), period.last(), zone.getId(), grain.name().toLowerCase(),
                includePerfunctory, periods);
    }

    private static Mean mean(GradeScoreQueries.Sum sum) {
        return Mean.of(sum.answers, sum.sum);
    }

    private static Mean combined(GradeScoreQueries.Sum[] sums) {
        return Mean.of(sums[0].answers + sums[1].answers, sums[0].sum.add(sums[1].sum));
    }
}
