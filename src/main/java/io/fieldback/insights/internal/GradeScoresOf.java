package io.fieldback.insights.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fieldback.insights.GradeScores;
import io.fieldback.insights.GradeScores.ItemScore;
import io.fieldback.insights.GradeScores.Mean;
import io.fieldback.insights.GradeScores.PartScore;
import io.fieldback.insights.GradeScores.PeriodScores;

/** The grade-score report from the sums of {@link GradeScoreQueries}. */
final class GradeScoresOf {

    private GradeScoresOf() {
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
