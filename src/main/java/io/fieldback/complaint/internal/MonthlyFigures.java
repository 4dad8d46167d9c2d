package io.fieldback.complaint.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.clock.ClockFacts;
import io.fieldback.clock.DeadlineRule;
import io.fieldback.common.TimeSource;
import io.fieldback.complaint.Category;
import io.fieldback.complaint.ClockKind;
import io.fieldback.complaint.ClockStatus;
import io.fieldback.complaint.ComplaintFigures;
import io.fieldback.complaint.FiguresService;
import io.fieldback.visit.VisitFacts;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The monthly complaint figures (also for the insight feature). A complaint belongs to the month it
 * was received in for the on-time rates and the Pareto, to the month of its first closure for the
 * mean time to close; a recurrence to the month it was reopened in. Duplicates count nowhere.
 */
@ApplicationScoped
class MonthlyFigures implements FiguresService {

    private final TimeSource time;
    private final ComplaintConfig config;

    public MonthlyFigures(TimeSource time, ComplaintConfig config) {
        this.time = time;
        this.config = config;
    }

    @Transactional
    public ComplaintFigures figures(YearMonth month) {
        ZoneId zone = config.figures().zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return figures(month.toString(), zone, from, to, null, null);
    }

    /**
     * The same figures for any span [from, to) (the insights reports use weeks), in SQL aggregates. With a
     * dealer (or station), only complaints about visits its stations made count. {@code period} is the
     * label the answer carries in its {@code month} field.
     */
    @Transactional
    public ComplaintFigures figures(String period, ZoneId zone, Instant from, Instant to, UUID dealerId,
            UUID stationId) {
        Span span = new Span(from, to, dealerId, stationId);
        Map<Boolean, Map<Category, Long>> received = receivedByCategory(span);
        Map<Category, Long> perCategory = received.get(false);
        long duplicates = received.get(true).values().stream().mapToLong(Long::longValue).sum();
        long total = perCategory.values().stream().mapToLong(Long::longValue).sum();
        Object[] closures = firstClosures(span);
        long closed = count(closures[0]);
        return new ComplaintFigures(period, zone.getId(), total, duplicates, onTime(clockCounts(span)),
                pareto(perCategory, total), closed, meanHours(closed, closures[1]), recurrences(span));
    }

    /**
     * The span's complaints and its scope: with a dealer (or station), only complaints about visits its
     * stations made.
     */
    private record Span(Instant from, Instant to, UUID dealerId, UUID stationId) {

        String scope() {
            String visits = " and e.visit_id in (select v.id from " + VisitFacts.VISITS + " v where v.";
            return (dealerId == null ? "" : visits + "dealer_id = :dealer)")
                    + (stationId == null ? "" : visits + "station_id = :station)");
        }

        jakarta.persistence.Query query(String sql) {
            return scoped(Panache.getEntityManager().createNativeQuery(sql), from, to, dealerId, stationId);
        }
    }

    /** One pass over the span's receipts: per category, duplicates (true) and originals (false) apart. */
    private static Map<Boolean, Map<Category, Long>> receivedByCategory(Span span) {
        Map<Boolean, Map<Category, Long>> result = Map.of(true, new EnumMap<>(Category.class), false,
                new EnumMap<>(Category.class));
        for (Object row : span.query("select e.category, e.duplicate_of is not null, count(*) from complaints e "
                + "where e.received_at >= :from and e.received_at < :to" + span.scope() + " group by 1, 2")
                .getResultList()) {
            Object[] cells = (Object[]) row;
            result.get(count(cells[1]) == 1).put(Category.valueOf(cells[0].toString()), count(cells[2]));
        }
        return result;
    }

    /** Per clock kind, how many of the span's complaints' clocks run, were met and were missed. */
    private Map<ClockKind, long[]> clockCounts(Span span) {
        Map<ClockKind, long[]> clocks = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            clocks.put(kind, new long[ClockStatus.values().length]);
        }
        // the status of each clock by the clock module's one rule, in SQL from the same class
        for (Object row : span.query("select k.kind, " + DeadlineRule.statusSql("k") + ", count(*) "
                + "from " + ClockFacts.CLOCKS + " k join complaints e on e.id = k.subject_id "
                + "where k.subject_type = '" + Deadlines.SUBJECT + "' and e.received_at >= :from "
                + "and e.received_at < :to and e.duplicate_of is null" + span.scope()
                + " group by 1, 2").setParameter("now", time.now()).getResultList()) {
            Object[] cells = (Object[]) row;
            clocks.get(ClockKind.valueOf(cells[0].toString()))[ClockStatus.valueOf(cells[1].toString()).ordinal()] =
                    count(cells[2]);
        }
        return clocks;
    }

    /** How many complaints were first closed in the span, and the seconds from receipt to closure of all. */
    private static Object[] firstClosures(Span span) {
        return (Object[]) span.query("select count(*), sum(timestampdiff(second, e.received_at, e.first_closed_at)) "
                + "from complaints e where e.first_closed_at >= :from and e.first_closed_at < :to "
                + "and e.duplicate_of is null" + span.scope()).getSingleResult();
    }

    private static BigDecimal meanHours(long closed, Object totalSeconds) {
        if (closed == 0) {
            return null;
        }
        // whole seconds per closure, as Duration.toSeconds() counted them before
        return new BigDecimal(totalSeconds.toString()).divide(BigDecimal.valueOf(3600L * closed), 2,
                RoundingMode.HALF_UP);
    }

    private static long recurrences(Span span) {
        return count(span.query("select count(*) from complaint_history s join complaints e on e.id = s.complaint_id "
                + "where s.to_status = 'REOPENED' and s.at >= :from and s.at < :to and e.duplicate_of is null"
                + span.scope()).getSingleResult());
    }

    private static jakarta.persistence.Query scoped(jakarta.persistence.Query query, Instant from, Instant to,
            UUID dealerId, UUID stationId) {
        query.setParameter("from", from).setParameter("to", to);
        if (dealerId != null) {
            query.setParameter("dealer", bytes(dealerId));
        }
        if (stationId != null) {
            query.setParameter("station", bytes(stationId));
        }
        return query;
    }

    private static byte[] bytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }

    private static long count(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<ComplaintFigures.OnTime> onTime(Map<ClockKind, long[]> clocks) {
        List<ComplaintFigures.OnTime> result = new ArrayList<>();
        clocks.forEach((kind, counts) -> {
            long running = counts[ClockStatus.RUNNING.ordinal()];
            long met = counts[ClockStatus.MET.ordinal()];
            long missed = counts[ClockStatus.MISSED.ordinal()];
            result.add(new ComplaintFigures.OnTime(kind, met, missed, running, ratio(met, met + missed)));
        });
        return result;
    }

    private static List<ComplaintFigures.CategoryCount> pareto(Map<Category, Long> perCategory, long total) {
        List<Map.Entry<Category, Long>> sorted = perCategory.entrySet().stream()
                .sorted(Map.Entry.<Category, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .toList();
        List<ComplaintFigures.CategoryCount> result = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<Category, Long> entry : sorted) {
            cumulative += entry.getValue();
            result.add(new ComplaintFigures.CategoryCount(entry.getKey(), entry.getValue(),
                    ratio(entry.getValue(), total), ratio(cumulative, total)));
        }
        return result;
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
