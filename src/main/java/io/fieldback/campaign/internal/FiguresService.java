package io.fieldback.campaign.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.campaign.CampaignFigures;
import io.fieldback.campaign.CampaignFigures.MonthRate;
import io.fieldback.campaign.CampaignFigures.Rate;
import io.fieldback.campaign.ItemState;

/** Completion of a campaign per station, region and month (months in UTC), from its items. */
@ApplicationScoped
class FiguresService {

    private final CampaignService campaigns;
    private final ItemService items;

    FiguresService(CampaignService campaigns, ItemService items) {
        this.campaigns = campaigns;
        this.items = items;
    }

    @Transactional
    CampaignFigures figures(UUID id) {
        Campaign campaign = campaigns.find(id);
        List<CampaignItem> all = CampaignItem.list("campaignId", id);
        long openPastDeadline = items.today().isAfter(campaign.deadline)
                ? all.stream().filter(i -> !i.state.closed()).count() : 0;
        return new CampaignFigures(campaign.id, campaign.code, campaign.deadline, rate(all, i -> true),
                grouped(all, i -> i.stationId, Comparator.nullsLast(Comparator.<UUID>naturalOrder())).entrySet().stream()
                        .map(e -> new CampaignFigures.StationRate(e.getKey(), rate(e.getValue(), i -> true))).toList(),
                grouped(all, i -> i.region, Comparator.<String>naturalOrder()).entrySet().stream()
                        .map(e -> new CampaignFigures.RegionRate(e.getKey(), rate(e.getValue(), i -> true))).toList(),
                months(campaign, all), openPastDeadline);
    }

    /**
     * The state at each month's end: an item counts from the month it was made in (a machine delivered after the
     * start joins later) and as closed from the month it was closed in.
     */
    private List<MonthRate> months(Campaign campaign, List<CampaignItem> all) {
        List<MonthRate> months = new ArrayList<>();
        if (campaign.startedAt == null) {
            return months;
        }
        YearMonth last = YearMonth.from(items.today());
        for (YearMonth m = YearMonth.from(campaign.startedAt.atZone(ZoneOffset.UTC)); !m.isAfter(last); m = m.plusMonths(1)) {
            Instant end = m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            List<CampaignItem> made = all.stream().filter(i -> i.createdAt.isBefore(end)).toList();
            months.add(new MonthRate(m, rate(made, i -> i.closedAt != null && i.closedAt.isBefore(end))));
        }
        return months;
    }

    /** Items by a key that may be null (no station yet); the comparator orders nulls. */
    private static <K> Map<K, List<CampaignItem>> grouped(List<CampaignItem> all, Function<CampaignItem, K> key,
            Comparator<K> order) {
        Map<K, List<CampaignItem>> groups = new TreeMap<>(order);
        for (CampaignItem item : all) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    /** Counts over the items; {@code closedYet} says whether an item's closing state counts (for past months). */
    static Rate rate(List<CampaignItem> items, Predicate<CampaignItem> closedYet) {
        long done = 0, notReachable = 0, notApplicable = 0;
        for (CampaignItem i : items) {
            if (closedYet.test(i)) {
                done += i.state == ItemState.DONE ? 1 : 0;
                notReachable += i.state == ItemState.NOT_REACHABLE ? 1 : 0;
                notApplicable += i.state == ItemState.NOT_APPLICABLE ? 1 : 0;
            }
        }
        long applicable = items.size() - notApplicable;
        BigDecimal completion = applicable == 0 ? null
                : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(applicable), 3, RoundingMode.HALF_UP);
        return new Rate(items.size(), done, notReachable, notApplicable,
                items.size() - done - notReachable - notApplicable, completion);
    }
}
