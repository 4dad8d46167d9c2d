package io.fieldback.insights.internal;

import static io.fieldback.insights.internal.InsightsService.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.followup.Dimension;
import io.fieldback.followup.FollowUpStatus;
import io.fieldback.insights.GroupFigures;
import io.fieldback.insights.InsightsConfig;
import io.fieldback.insights.SatisfactionIndex;
import io.fieldback.insights.SatisfactionIndex.Part;

/**
 * The satisfaction index over consecutive periods (weeks or months): from the roll-up ({@link DailyRollup},
 * which keeps the answers' score sums and the dissatisfied first-call respondents) when the series is long
 * enough, else from the calls and vendor rows ({@link FigureQueries}); the same numbers either way.
 */
@ApplicationScoped
class SatisfactionSeries {

    private final FigureQueries queries;
    private final DailyRollup rollup;
    private final InsightsConfig config;

    SatisfactionSeries(FigureQueries queries, DailyRollup rollup, InsightsConfig config) {
        this.queries = queries;
        this.rollup = rollup;
        this.config = config;
    }

    /** Index points of consecutive periods, and each period's totals (own calls, vendor rows) they come from. */
    record Series(List<SatisfactionIndex.Point> points, List<GroupFigures> totals, Map<Part, List<String>> partItems) {
    }

    /** Everything of a series of periods in one set of statements (the weekly report reads two weeks this way). */
    Series series(List<Period> buckets, InsightsService.Source source, Scope scope, boolean includePerfunctory) {
        Map<Dimension, String> five = InsightsService.fiveItems(config);
        Map<Part, List<String>> partItems = partItems();
        Set<String> codes = new LinkedHashSet<>(five.values());
        partItems.values().forEach(codes::addAll);
        FigureQueries.Result result = rollup.tallies(buckets, GroupBy.NONE, scope, codes, true)
                .orElseGet(() -> queries.tallies(buckets, GroupBy.NONE, scope, codes, five.values(), true));
        long[][] complaints = queries.complaints(buckets, scope);
        Map<String, String> types = queries.itemTypes(five.values());

        List<SatisfactionIndex.Point> points = new ArrayList<>();
        List<GroupFigures> totals = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            Tally own = result.own.get(b).getOrDefault("", new Tally());
            Tally vendor = result.vendor.get(b).getOrDefault("", new Tally());
            Tally t = switch (source) {
                case OWN -> own;
                case VENDOR -> vendor;
                case COMBINED -> Tally.sum(own, vendor);
            };
            points.add(point(buckets.get(b), t, complaints[b], partItems, includePerfunctory));
            totals.add(InsightsService.group(null, "total", own, vendor, five, types, includePerfunctory));
        }
        return new Series(points, totals, partItems);
    }

    private Map<Part, List<String>> partItems() {
        Map<Part, List<String>> parts = new LinkedHashMap<>();
        parts.put(Part.PERCEIVED_QUALITY, clean(config.index().qualityItems()));
        parts.put(Part.PERCEIVED_SERVICE, clean(config.index().serviceItems()));
        parts.put(Part.LOYALTY, clean(config.index().loyaltyItems().orElse(List.of())));
        parts.put(Part.COMPLAINT_RATE, List.of());
        return parts;
    }

    private static List<String> clean(List<String> codes) {
        return codes.stream().map(String::trim).filter(c -> !c.isEmpty()).distinct().toList();
    }

    private BigDecimal weight(Part part) {
        return switch (part) {
            case PERCEIVED_QUALITY -> config.index().weights().quality();
            case PERCEIVED_SERVICE -> config.index().weights().service();
            case LOYALTY -> config.index().weights().loyalty();
            case COMPLAINT_RATE -> config.index().weights().complaints();
        };
    }

    /** One part's score from 0 to 100 (null: nothing to score) and the count it rests on. */
    private record Raw(Part part, List<String> items, BigDecimal score, long base) {
    }

    private SatisfactionIndex.Point point(Period bucket, Tally t, long[] complaints, Map<Part, List<String>> partItems,
            boolean includePerfunctory) {
        long respondents = t.status(FollowUpStatus.COMPLETED) - (includePerfunctory ? 0 : t.perfunctory);
        long due = t.due();
        List<Raw> raws = new ArrayList<>();
        partItems.forEach((part, items) -> raws.add(part == Part.COMPLAINT_RATE ? complaintPart(complaints[0], due)
                : itemPart(part, items, t, includePerfunctory)));
        BigDecimal presentWeight = raws.stream().filter(r -> r.score() != null).map(r -> weight(r.part()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal index = BigDecimal.ZERO;
        List<SatisfactionIndex.PartScore> parts = new ArrayList<>();
        for (Raw raw : raws) {
            boolean present = raw.score() != null && presentWeight.signum() > 0;
            BigDecimal applied = present ? weight(raw.part()).divide(presentWeight, 10, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO;
            if (present) {
                index = index.add(raw.score().multiply(applied));
            }
            parts.add(new SatisfactionIndex.PartScore(raw.part(), raw.items(), weight(raw.part()),
                    applied.setScale(4, RoundingMode.HALF_UP), present,
                    present ? raw.score().setScale(1, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(1),
                    raw.base()));
        }
        return new SatisfactionIndex.Point(bucket.label(), bucket.first(), bucket.last(),
                index.setScale(1, RoundingMode.HALF_UP), respondents, parts,
                new SatisfactionIndex.ComplaintRate(complaints[0], due, rate(complaints[0], due)),
                firstVsSecond(t, complaints, includePerfunctory));
    }

    /** 100 x (1 - complaints per call due), not below 0; no score without calls due. */
    private static Raw complaintPart(long received, long due) {
        BigDecimal score = null;
        if (due > 0) {
            BigDecimal rate = BigDecimal.valueOf(received).divide(BigDecimal.valueOf(due), 10, RoundingMode.HALF_UP);
            score = BigDecimal.valueOf(100).multiply(BigDecimal.ONE.subtract(rate)).max(BigDecimal.ZERO);
        }
        return new Raw(Part.COMPLAINT_RATE, List.of(), score, due);
    }

    /** The mean 0-1 score of the part's items, x 100. */
    private static Raw itemPart(Part part, List<String> items, Tally t, boolean includePerfunctory) {
        BigDecimal sum = BigDecimal.ZERO;
        long scored = 0;
        for (String code : items) {
            Tally.ItemCount count = t.answers(code, includePerfunctory);
            sum = sum.add(count.scoreSum);
            scored += count.scored;
        }
        BigDecimal score = scored == 0 ? null
                : sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(scored), 10, RoundingMode.HALF_UP);
        return new Raw(part, items, score, scored);
    }

    /** First-call satisfaction: first follow-ups only (and vendor rows), never second-satisfaction calls. */
    private static SatisfactionIndex.FirstVsSecond firstVsSecond(Tally t, long[] complaints, boolean includePerfunctory) {
        long firstRespondents = t.firstCallsCompleted[0] + (includePerfunctory ? t.firstCallsCompleted[1] : 0);
        long dissatisfied = t.dissatisfied[0] + (includePerfunctory ? t.dissatisfied[1] : 0);
        long firstSatisfied = firstRespondents - dissatisfied;
        return new SatisfactionIndex.FirstVsSecond(firstRespondents, firstSatisfied,
                rate(firstSatisfied, firstRespondents), complaints[1], complaints[2], rate(complaints[2], complaints[1]));
    }
}
