package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.fieldback.customer.DeliveredMachines;
import io.fieldback.customer.EquipmentService;
import io.fieldback.security.Caller;
import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.Finding;
import io.fieldback.warranty.SettlementStatus;
import io.fieldback.warranty.WarrantyFigures;
import io.fieldback.warranty.WarrantyFigures.CauseRow;
import io.fieldback.warranty.WarrantyFigures.ClaimsRow;
import io.fieldback.warranty.WarrantyFigures.FailureRateRow;
import io.fieldback.warranty.WarrantyFigures.LeadTimeRow;
import io.fieldback.warranty.WarrantyFigures.PartRow;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The warranty figures over the module's own tables (the machines delivered per month, the one number from
 * outside, come from the customer feature's query API). A dealer sees its own stations' figures and its own
 * customers' machines; analysts and admins see the whole network. A claim counts as a failure once submitted
 * and not rejected.
 */
@ApplicationScoped
class FiguresService {

    private static final String FAILURE = "c.status NOT IN ('DRAFT','REJECTED')";

    private final Caller caller;
    private final WarrantyConfig config;
    private final EquipmentService equipment;

    FiguresService(Caller caller, WarrantyConfig config, EquipmentService equipment) {
        this.caller = caller;
        this.config = config;
        this.equipment = equipment;
    }

    @Transactional
    WarrantyFigures.Claims claims(FigureRange range, String series) {
        Scope scope = scope(series);
        List<Object[]> rows = native_("""
                SELECT c.product_series, YEAR(c.repaired_on), MONTH(c.repaired_on), c.currency, COUNT(*),
                       SUM(c.claimed_total),
                       SUM(CASE WHEN c.status IN %s THEN c.approved_total ELSE 0 END),
                       SUM(CASE WHEN s.id IS NOT NULL THEN l.amount ELSE 0 END)
                  FROM warranty_claims c
                  LEFT JOIN warranty_settlement_lines l ON l.claim_id = c.id
                  LEFT JOIN warranty_settlements s ON s.id = l.settlement_id AND s.status = 'PAID'
                 WHERE c.status <> 'DRAFT' AND c.repaired_on BETWEEN :from AND :to %s
                 GROUP BY c.product_series, YEAR(c.repaired_on), MONTH(c.repaired_on), c.currency
                 ORDER BY c.product_series, YEAR(c.repaired_on), MONTH(c.repaired_on), c.currency"""
                .formatted(SettlementRun.PAID_STATUSES, scope.sql()), scope)
                .setParameter("from", range.firstDay()).setParameter("to", range.lastDay()).getResultList();
        return new WarrantyFigures.Claims(range.fromText(), range.toText(), rows.stream()
                .map(r -> new ClaimsRow((String) r[0], month(r[1], r[2]), (String) r[3], count(r[4]), money(r[5]),
                        money(r[6]), money(r[7])))
                .toList());
    }

    @Transactional
    WarrantyFigures.FailureRates failureRates(FigureRange range, String series) {
        Scope scope = scope(series);
        List<Object[]> rows = native_("""
                SELECT c.product_series, YEAR(c.delivered_on), MONTH(c.delivered_on), COUNT(*),
                       COUNT(DISTINCT c.equipment_id)
                  FROM warranty_claims c
                 WHERE %s AND c.delivered_on BETWEEN :from AND :to %s
                 GROUP BY c.product_series, YEAR(c.delivered_on), MONTH(c.delivered_on)""".formatted(FAILURE,
                scope.sql()), scope)
                .setParameter("from", range.firstDay()).setParameter("to", range.lastDay()).getResultList();
        Map<String, long[]> byKey = new TreeMap<>();
        for (DeliveredMachines d : equipment.deliveredPerMonth(range.firstDay(), range.lastDay(), series,
                caller.confinedToDealer())) {
            byKey.computeIfAbsent(d.productSeries() + "\u0000" + d.month(), k -> new long[3])[0] = d.machines();
        }
        for (Object[] r : rows) {
            long[] counts = byKey.computeIfAbsent(r[0] + "\u0000" + month(r[1], r[2]), k -> new long[3]);
            counts[1] = count(r[3]);
            counts[2] = count(r[4]);
        }
        List<FailureRateRow> items = new ArrayList<>();
        byKey.forEach((key, c) -> {
            String[] parts = key.split("\u0000");
            BigDecimal rate = c[0] == 0 ? null
                    : BigDecimal.valueOf(c[1] * 1000).divide(BigDecimal.valueOf(c[0]), 2, RoundingMode.HALF_UP);
            items.add(new FailureRateRow(parts[0], parts[1], c[0], c[1], c[2], rate));
        });
        return new WarrantyFigures.FailureRates(range.fromText(), range.toText(), items);
    }

    @Transactional
    WarrantyFigures.TopParts topParts(FigureRange range, String series, int limit) {
        Scope scope = scope(series);
        List<Object[]> rows = native_("""
                SELECT l.part_number, COUNT(DISTINCT c.id), SUM(l.quantity)
                  FROM warranty_claim_lines l JOIN warranty_claims c ON c.id = l.claim_id
                 WHERE l.kind = 'PART' AND l.causal_part = TRUE AND %s AND c.repaired_on BETWEEN :from AND :to %s
                 GROUP BY l.part_number
                 ORDER BY COUNT(DISTINCT c.id) DESC, l.part_number""".formatted(FAILURE, scope.sql()), scope)
                .setParameter("from", range.firstDay()).setParameter("to", range.lastDay()).setMaxResults(limit)
                .getResultList();
        return new WarrantyFigures.TopParts(range.fromText(), range.toText(), rows.stream()
                .map(r -> new PartRow((String) r[0], count(r[1]), quantity((BigDecimal) r[2])))
                .toList());
    }

    /** Findings of parts inspected in the months (a part never received was not inspected: left out). */
    @Transactional
    WarrantyFigures.FailureCauses causes(FigureRange range, String series) {
        Scope scope = scope(series);
        List<Object[]> rows = native_("""
                SELECT r.finding, COUNT(*)
                  FROM warranty_part_returns r JOIN warranty_claims c ON c.id = r.claim_id
                 WHERE r.finding IS NOT NULL AND r.finding <> 'NOT_RECEIVED'
                   AND r.inspected_at >= :from AND r.inspected_at < :to %s
                 GROUP BY r.finding
                 ORDER BY COUNT(*) DESC, r.finding""".formatted(scope.sql()), scope)
                .setParameter("from", range.start(config.timeZone())).setParameter("to", range.end(config.timeZone()))
                .getResultList();
        long total = rows.stream().mapToLong(r -> count(r[1])).sum();
        List<CauseRow> items = new ArrayList<>();
        long running = 0;
        for (Object[] r : rows) {
            running += count(r[1]);
            items.add(new CauseRow(Finding.valueOf((String) r[0]), count(r[1]), percent(count(r[1]), total),
                    percent(running, total)));
        }
        return new WarrantyFigures.FailureCauses(range.fromText(), range.toText(), total, items);
    }

    /** Per repair month; days count calendar days in the warranty time zone. */
    @Transactional
    WarrantyFigures.LeadTimes leadTimes(FigureRange range, String series) {
        Scope scope = scope(series);
        String jpql = "select c.repairedOn, c.decidedAt, s.paidAt from WarrantyClaim c "
                + "left join SettlementLine l on l.claimId = c.id "
                + "left join Settlement s on s.id = l.settlementId and s.status = :paid "
                + "where c.status in :decided and c.decidedAt is not null and c.repairedOn between :from and :to"
                + scope.jpql();
        var query = Panache.getEntityManager().createQuery(jpql, Object[].class)
                .setParameter("paid", SettlementStatus.PAID).setParameter("from", range.firstDay())
                .setParameter("to", range.lastDay()).setParameter("decided", List.of(ClaimStatus.AUTO_APPROVED,
                        ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.REJECTED));
        scope.bind(query);
        Map<YearMonth, long[]> sums = new TreeMap<>(); // decided, days to decision, paid, days to payment
        for (Object[] r : query.getResultList()) {
            LocalDate repaired = (LocalDate) r[0];
            long[] s = sums.computeIfAbsent(YearMonth.from(repaired), k -> new long[4]);
            s[0]++;
            s[1] += ChronoUnit.DAYS.between(repaired, day((Instant) r[1]));
            if (r[2] != null) {
                s[2]++;
                s[3] += ChronoUnit.DAYS.between(repaired, day((Instant) r[2]));
            }
        }
        List<LeadTimeRow> items = new ArrayList<>();
        sums.forEach((m, s) -> items.add(new LeadTimeRow(m.toString(), s[0], mean(s[1], s[0]), s[2], mean(s[3], s[2]))));
        return new WarrantyFigures.LeadTimes(range.fromText(), range.toText(), items);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, config.timeZone());
    }

    /** The caller's part of the network and the optional series, as SQL and as JPQL conditions. */
    private record Scope(UUID dealerId, String series) {

        String sql() {
            return (dealerId == null ? "" : " AND c.dealer_id = :dealer") + (series == null ? "" : " AND c.product_series = :series");
        }

        String jpql() {
            return (dealerId == null ? "" : " and c.dealerId = :dealer") + (series == null ? "" : " and c.productSeries = :series");
        }

        void bind(Query query) {
            if (dealerId != null) {
                query.setParameter("dealer", dealerId);
            }
            if (series != null) {
                query.setParameter("series", series);
            }
        }
    }

    private Scope scope(String series) {
        return new Scope(caller.confinedToDealer(), series == null || series.isBlank() ? null : series.strip());
    }

    @SuppressWarnings("unchecked")
    private static Query native_(String sql, Scope scope) {
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        scope.bind(query);
        return query;
    }

    private static String month(Object year, Object month) {
        return YearMonth.of(((Number) year).intValue(), ((Number) month).intValue()).toString();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP);
    }

    /** 4.00 as 4, 2.50 as 2.5, never 1E+1. */
    private static BigDecimal quantity(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal percent(long part, long total) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(long sum, long n) {
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
