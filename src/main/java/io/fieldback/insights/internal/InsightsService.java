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
    private final SatisfactionSeries seriesOf;

    public InsightsService(FigureQueries queries, FiguresService complaintFigures, InsightsConfig config,
            Caller caller, Regions regions, DailyRollup rollup, SatisfactionSeries seriesOf) {
        this.seriesOf = seriesOf;
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

    Map<Dimension, String> fiveItems() {
        return fiveItems(config);
    }

    /** The five items, dimension to item code, in DOMAIN.md order. */
    static Map<Dimension, String> fiveItems(InsightsConfig config) {
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
        FigureQueries.Result result = rollup.tallies(List.of(period), groupBy, scope, five.values(), false)
                .orElseGet(() -> queries.tallies(List.of(period), groupBy, scope, five.values(), null, false));
        Map<String, String> types = queries.itemTypes(five.values());
        Map<String, Tally> own = result.own.get(0);
        Map<String, Tally> vendor = result.vendor.get(0);

        Set<String> keys = groupKeys(groupBy, scope, own, vendor);
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

    /**
     * Every active region is listed, with zeros when empty; an inactive one only when it has figures. By
     * purpose, the purposes asked for (a purpose left out of the filter is no empty group).
     */
    private Set<String> groupKeys(GroupBy groupBy, Scope scope, Map<String, Tally> own, Map<String, Tally> vendor) {
        Set<String> keys = new LinkedHashSet<>(groupBy == GroupBy.REGION ? regions.regionNames(false).keySet()
                : groupBy == GroupBy.PURPOSE ? purposes(scope).stream().map(Enum::name).toList()
                : groupBy.fixedKeys());
        List<String> found = new ArrayList<>();
        found.addAll(own.keySet());
        found.addAll(vendor.keySet());
        found.stream().distinct().sorted(Comparator.nullsLast(Comparator.naturalOrder())).forEach(keys::add);
        if (groupBy == GroupBy.STATION && scope.stationId() != null) {
            keys.add(scope.stationId().toString());
        }
        return keys;
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

    static GroupFigures group(String key, String label, Tally own, Tally vendor, Map<Dimension, String> five,
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
        SatisfactionSeries.Series series = series(period.buckets(granularity, zone()), source, scope, includePerfunctory);
        List<Part> unconfigured = series.partItems().entrySet().stream()
                .filter(e -> e.getKey() != Part.COMPLAINT_RATE && e.getValue().isEmpty()).map(Map.Entry::getKey)
                .toList();
        return new SatisfactionIndex(period.first(), period.last(), zone().getId(),
                granularity.name().toLowerCase(), source.name().toLowerCase(), includePerfunctory, unconfigured,
                series.points(), purposes(scope));
    }

    /** Index points of consecutive periods, and each period's totals, in one set of statements. */
    SatisfactionSeries.Series series(List<Period> buckets, Source source, Scope scope, boolean includePerfunctory) {
        return seriesOf.series(buckets, source, scope, includePerfunctory);
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
