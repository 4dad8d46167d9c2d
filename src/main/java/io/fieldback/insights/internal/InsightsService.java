package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.ApiException;
import io.fieldback.complaint.FiguresService;
import io.fieldback.followup.CallPurpose;
import io.fieldback.followup.Dimension;
import io.fieldback.followup.FollowUpStatus;
import io.fieldback.followup.IneligibleReason;
import io.fieldback.insights.SatisfactionIndex.Part;
import io.fieldback.region.Regions;
import io.fieldback.security.Caller;

/** The figures of the insights reports, from the SQL aggregates of {@link FigureQueries}. */
@ApplicationScoped
public class InsightsService {

    static final String NO_VALUE_LABEL = "(none)";

    private final FigureQueries queries;
    private final FiguresService complaintFigures;
    private final InsightsConfig config;
    private final Caller caller;
    private final Regions regions;
    private final DailyRollup rollup;

    public InsightsService(FigureQueries queries, FiguresService complaintFigures, InsightsConfig config,
            Caller caller, Regions regions, DailyRollup rollup) {
        this.rollup = rollup;
        this.queries = queries;
        this.complaintFigures = complaintFigures;
        this.config = config;
        this.caller = caller;
        this.regions = regions;
    }

    ZoneId zone() {
        return config.timeZone();
    }

    /** The caller's tenancy: a dealer sees its own stations only; a station of another dealer is unknown (404). */
    Scope scope(UUID stationId) {
        UUID dealer = caller.confinedToDealer();
        if (stationId != null && !queries.stationVisible(stationId, dealer)) {
            throw ApiException.notFound("station");
        }
        return dealer == null && stationId == null ? Scope.ALL
                : new Scope(dealer, stationId);
    }

    /** The five items, dimension to item code, in DOMAIN.md order. */
    Map<Dimension, String> fiveItems() {
        Map<Dimension, String> items = new LinkedHashMap<>();
        items.put(Dimension.PRODUCT_QUALITY, config.items().productQuality());
        items.put(Dimension.SERVICE_ATTITUDE, config.items().serviceAttitude());
        items.put(Dimension.RESPONSE_SPEED, config.items().responseSpeed());
        items.put(Dimension.PROACTIVE_SOLVING, config.items().proactiveSolving());
        items.put(Dimension.OTHER, config.items().other());
        return items;
    }

    public FiveDimensionReport fiveDimensions(Period period, GroupBy groupBy, Scope scope,
            boolean includePerfunctory) {
        Map<Dimension, String> five = fiveItems();
        FigureQueries.Result result = rollup.tallies(period, groupBy, scope, five.values())
                .orElseGet(() -> queries.tallies(List.of(period), groupBy, scope, five.values(), null, false));
        Map<String, String> types = queries.itemTypes(five.values());
        Map<String, Tally> own = result.own.get(0);
        Map<String, Tally> vendor = result.vendor.get(0);

        // every active region is listed, with zeros when empty; an inactive one only when it has figures
        Set<String> keys = new LinkedHashSet<>(groupBy == GroupBy.REGION ? regions.regionNames(false).keySet()
                : groupBy.fixedKeys());
        List<String> found = new ArrayList<>();
        found.addAll(own.keySet());
        found.addAll(vendor.keySet());
        found.stream().distinct().sorted(Comparator.nullsLast(Comparator.naturalOrder())).forEach(keys::add);
        if (groupBy == GroupBy.STATION && scope.stationId() != null) {
            keys.add(scope.stationId().toString());
        }
        Map<String, String> labels = labels(groupBy, keys);

        List<GroupFigures> groups = new ArrayList<>();
        Tally ownTotal = new Tally();
        Tally vendorTotal = new Tally();
        for (String key : keys) {
            Tally o = own.getOrDefault(key, new Tally());
            Tally v = vendor.getOrDefault(key, new Tally());
            ownTotal.add(o);
            vendorTotal.add(v);
            if (groupBy != GroupBy.NONE) {
                String label = key == null ? NO_VALUE_LABEL : labels.getOrDefault(key, key);
                groups.add(group(key, label, o, v, five, types, includePerfunctory));
            }
        }
        GroupFigures total = group(null, "total", ownTotal, vendorTotal, five, types, includePerfunctory);
        return new FiveDimensionReport(period.first(), period.last(), zone().getId(), groupBy.param,
                includePerfunctory, groups, total, purposes(scope));
    }

    /** What a group is called: a station's code and name, a region's or province's Chinese name. */
    private Map<String, String> labels(GroupBy groupBy, Set<String> keys) {
        return switch (groupBy) {
            case STATION -> queries.stationLabels(keys);
            case REGION -> regions.regionNames(true);
            case PROVINCE -> regions.provinceNames();
            default -> Map.of();
        };
    }

    private static GroupFigures group(String key, String label, Tally own, Tally vendor, Map<Dimension, String> five,
            Map<String, String> types, boolean includePerfunctory) {
        return new GroupFigures(key, label, figures(own, five, types, includePerfunctory),
                figures(vendor, five, types, includePerfunctory),
                figures(Tally.sum(own, vendor), five, types, includePerfunctory));
    }

    static SourceFigures figures(Tally t, Map<Dimension, String> five, Map<String, String> types,
            boolean includePerfunctory) {
        List<SourceFigures.ReasonCount> reasons = new ArrayList<>();
        for (IneligibleReason reason : IneligibleReason.values()) {
            reasons.add(new SourceFigures.ReasonCount(reason, t.byReason.getOrDefault(reason, 0L)));
        }
        long completed = t.status(FollowUpStatus.COMPLETED);
        long excluded = includePerfunctory ? 0 : t.perfunctory;
        long respondents = completed - excluded;
        List<SourceFigures.DimensionFigure> dimensions = new ArrayList<>();
        five.forEach((dimension, code) -> {
            Tally.ItemCount answers = t.answers(code, includePerfunctory);
            long base;
            long satisfied;
            if ("FREE_TEXT".equals(types.get(code))) {
                // every respondent could raise something here; satisfied = those who raised no problem
                base = respondents;
                satisfied = respondents - (answers.answered - answers.satisfied);
            } else {
                base = answers.answered;
                satisfied = answers.satisfied;
            }
            dimensions.add(new SourceFigures.DimensionFigure(dimension, code, satisfied, base, rate(satisfied, base)));
        });
        return new SourceFigures(t.due(), t.status(FollowUpStatus.NOT_ELIGIBLE), reasons,
                t.status(FollowUpStatus.NOT_SAMPLED),
                t.status(FollowUpStatus.OPEN) + t.status(FollowUpStatus.AWAITING_SAMPLE), t.called,
                completed + t.status(FollowUpStatus.REFUSED), t.status(FollowUpStatus.REFUSED),
                t.status(FollowUpStatus.UNREACHABLE), completed, t.perfunctory, excluded, respondents, dimensions);
    }

    public enum Source {
        OWN, VENDOR, COMBINED;

        static Source parse(String value) {
            if (value == null || value.isBlank()) {
                return COMBINED;
            }
            return switch (value) {
                case "own" -> OWN;
                case "vendor" -> VENDOR;
                case "combined" -> COMBINED;
                default -> throw ApiException.badRequest("source", "'" + value + "' is not own, vendor or combined");
            };
        }
    }

    public SatisfactionIndex index(Period period, Period.Granularity granularity, Source source,
            Scope scope, boolean includePerfunctory) {
        Series series = series(period.buckets(granularity, zone()), source, scope, includePerfunctory);
        List<Part> unconfigured = series.partItems().entrySet().stream()
                .filter(e -> e.getKey() != Part.COMPLAINT_RATE && e.getValue().isEmpty()).map(Map.Entry::getKey)
                .toList();
        return new SatisfactionIndex(period.first(), period.last(), zone().getId(),
                granularity.name().toLowerCase(), source.name().toLowerCase(), includePerfunctory, unconfigured,
                series.points(), purposes(scope));
    }

    /** Index points of consecutive periods, and each period's totals (own calls, vendor rows) they come from. */
    record Series(List<SatisfactionIndex.Point> points, List<GroupFigures> totals, Map<Part, List<String>> partItems) {
    }

    /** Everything of a series of periods in one set of statements (the weekly report reads two weeks this way). */
    Series series(List<Period> buckets, Source source, Scope scope, boolean includePerfunctory) {
        Map<Dimension, String> five = fiveItems();
        Map<Part, List<String>> partItems = partItems();
        Set<String> codes = new LinkedHashSet<>(five.values());
        partItems.values().forEach(codes::addAll);
        FigureQueries.Result result = queries.tallies(buckets, GroupBy.NONE, scope, codes, five.values(), true);
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
            totals.add(group(null, "total", own, vendor, five, types, includePerfunctory));
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

    private SatisfactionIndex.Point point(Period bucket, Tally t, long[] complaints, Map<Part, List<String>> partItems,
            boolean includePerfunctory) {
        long completed = t.status(FollowUpStatus.COMPLETED);
        long respondents = completed - (includePerfunctory ? 0 : t.perfunctory);
        long due = t.due();

        record Raw(Part part, List<String> items, BigDecimal score, long base) {
        }
        List<Raw> raws = new ArrayList<>();
        for (Map.Entry<Part, List<String>> entry : partItems.entrySet()) {
            if (entry.getKey() == Part.COMPLAINT_RATE) {
                BigDecimal score = null;
                if (due > 0) {
                    BigDecimal rate = BigDecimal.valueOf(complaints[0]).divide(BigDecimal.valueOf(due), 10,
                            RoundingMode.HALF_UP);
                    score = BigDecimal.valueOf(100).multiply(BigDecimal.ONE.subtract(rate)).max(BigDecimal.ZERO);
                }
                raws.add(new Raw(Part.COMPLAINT_RATE, List.of(), score, due));
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            long scored = 0;
            for (String code : entry.getValue()) {
                Tally.ItemCount count = t.answers(code, includePerfunctory);
                sum = sum.add(count.scoreSum);
                scored += count.scored;
            }
            BigDecimal score = scored == 0 ? null
                    : sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(scored), 10, RoundingMode.HALF_UP);
            raws.add(new Raw(entry.getKey(), entry.getValue(), score, scored));
        }
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
        // first-call satisfaction: first follow-ups only (and vendor rows), never second-satisfaction calls
        long firstRespondents = t.firstCallsCompleted[0] + (includePerfunctory ? t.firstCallsCompleted[1] : 0);
        long dissatisfied = t.dissatisfied[0] + (includePerfunctory ? t.dissatisfied[1] : 0);
        long firstSatisfied = firstRespondents - dissatisfied;
        return new SatisfactionIndex.Point(bucket.label(), bucket.first(), bucket.last(),
                index.setScale(1, RoundingMode.HALF_UP), respondents, parts,
                new SatisfactionIndex.ComplaintRate(complaints[0], due, rate(complaints[0], due)),
                new SatisfactionIndex.FirstVsSecond(firstRespondents, firstSatisfied, rate(firstSatisfied, firstRespondents),
                        complaints[1], complaints[2], rate(complaints[2], complaints[1])));
    }

    /**
     * The purposes of the calls a report counts: by default first follow-ups; {@code purpose=} names others
     * (repeated for several). 400 on an unknown purpose.
     */
    static Set<CallPurpose> purposes(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Scope.FIRST_CALLS;
        }
        Set<CallPurpose> purposes = EnumSet.noneOf(CallPurpose.class);
        for (String value : values) {
            for (String name : value.split(",")) {
                try {
                    purposes.add(CallPurpose.valueOf(name.trim()));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("purpose", "'" + name.trim() + "' is not one of "
                            + Arrays.toString(CallPurpose.values()));
                }
            }
        }
        return purposes;
    }

    static List<CallPurpose> purposes(Scope scope) {
        return Arrays.stream(CallPurpose.values()).filter(scope.purposes()::contains).toList();
    }

    public ComplaintInsight complaints(Period period, Scope scope) {
        return ComplaintInsight.of(complaintFigures.figures(period.label(), zone(), period.from(), period.to(),
                scope.dealerId(), scope.stationId()));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
