package io.fieldback.insights.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import io.fieldback.followup.FollowUpStatus;
import io.fieldback.followup.IneligibleReason;

/**
 * The raw counts of one group in one period for one source, as the SQL aggregates return them; the
 * report records are computed from it. Counts add up, so totals and "combined" are sums of tallies.
 */
final class Tally {

    final Map<FollowUpStatus, Long> byStatus = new EnumMap<>(FollowUpStatus.class);
    final Map<IneligibleReason, Long> byReason = new EnumMap<>(IneligibleReason.class);
    long called;
    long perfunctory;
    /** completed first follow-up calls (vendor rows too), [0] not flagged perfunctory, [1] flagged */
    final long[] firstCallsCompleted = new long[2];
    /** answers per item code; index 0 = on calls not flagged perfunctory, 1 = on flagged calls */
    final Map<String, ItemCount[]> items = new HashMap<>();
    /** first-call respondents with a dissatisfied answer on one of the five items, [0] not flagged, [1] flagged */
    final long[] dissatisfied = new long[2];

    long status(FollowUpStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    long due() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts {@code count} calls of one status and flags (vendor rows: completed, called first calls). */
    void addCalls(FollowUpStatus status, String reason, boolean flagged, boolean attempted, boolean firstCall,
            long count) {
        byStatus.merge(status, count, Long::sum);
        if (status == FollowUpStatus.NOT_ELIGIBLE && reason != null) {
            byReason.merge(IneligibleReason.valueOf(reason), count, Long::sum);
        }
        if (status == FollowUpStatus.COMPLETED && flagged) {
            perfunctory += count;
        }
        if (status == FollowUpStatus.COMPLETED && firstCall) {
            firstCallsCompleted[flagged ? 1 : 0] += count;
        }
        if (attempted) {
            called += count;
        }
    }

    ItemCount item(String code, boolean perfunctoryCalls) {
        ItemCount[] counts = items.computeIfAbsent(code, k -> new ItemCount[] { new ItemCount(), new ItemCount() });
        return counts[perfunctoryCalls ? 1 : 0];
    }

    /** The answers to an item, with or without those on perfunctory calls. */
    ItemCount answers(String code, boolean includePerfunctory) {
        ItemCount sum = new ItemCount();
        ItemCount[] counts = items.get(code);
        if (counts != null) {
            sum.add(counts[0]);
            if (includePerfunctory) {
                sum.add(counts[1]);
            }
        }
        return sum;
    }

    void add(Tally other) {
        other.byStatus.forEach((k, v) -> byStatus.merge(k, v, Long::sum));
        other.byReason.forEach((k, v) -> byReason.merge(k, v, Long::sum));
        called += other.called;
        perfunctory += other.perfunctory;
        other.items.forEach((code, counts) -> {
            item(code, false).add(counts[0]);
            item(code, true).add(counts[1]);
        });
        firstCallsCompleted[0] += other.firstCallsCompleted[0];
        firstCallsCompleted[1] += other.firstCallsCompleted[1];
        dissatisfied[0] += other.dissatisfied[0];
        dissatisfied[1] += other.dissatisfied[1];
    }

    static Tally sum(Tally a, Tally b) {
        Tally t = new Tally();
        t.add(a);
        t.add(b);
        return t;
    }

    /** Answers to one item: how many, how many satisfied, and the sum and number of their 0-1 scores. */
    static final class ItemCount {
        long answered;
        long satisfied;
        BigDecimal scoreSum = BigDecimal.ZERO;
        long scored;

        void add(ItemCount other) {
            answered += other.answered;
            satisfied += other.satisfied;
            scoreSum = scoreSum.add(other.scoreSum);
            scored += other.scored;
        }
    }
}
