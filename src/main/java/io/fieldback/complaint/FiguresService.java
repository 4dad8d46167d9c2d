package io.fieldback.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.TimeSource;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The monthly complaint figures (also for the insight feature). A complaint belongs to the month it
 * was received in for the on-time rates and the Pareto, to the month of its first closure for the
 * mean time to close; a recurrence to the month it was reopened in. Duplicates count nowhere.
 */
@ApplicationScoped
public class FiguresService {

    private final TimeSource time;
    private final ComplaintConfig config;

    public FiguresService(TimeSource time, ComplaintConfig config) {
        this.time = time;
        this.config = config;
    }

    @Transactional
    public ComplaintFigures figures(YearMonth month) {
        ZoneId zone = config.figures().zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant now = time.now();
        var em = Panache.getEntityManager();

        long duplicates = Complaint.count("receivedAt >= ?1 and receivedAt < ?2 and duplicateOf is not null", from, to);

        Map<Category, Long> perCategory = new EnumMap<>(Category.class);
        em.createQuery("select e.category, count(e) from Complaint e where e.receivedAt >= :from and e.receivedAt < :to "
                + "and e.duplicateOf is null group by e.category", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> perCategory.put((Category) row[0], (Long) row[1]));
        long received = perCategory.values().stream().mapToLong(Long::longValue).sum();

        Map<ClockKind, long[]> clocks = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            clocks.put(kind, new long[3]);
        }
        em.createQuery("select k from ComplaintClock k, Complaint e where k.complaintId = e.id "
                + "and e.receivedAt >= :from and e.receivedAt < :to and e.duplicateOf is null", ComplaintClock.class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(k -> clocks.get(k.kind)[k.status(now).ordinal()]++);

        List<Object[]> closures = em.createQuery("select e.receivedAt, e.firstClosedAt from Complaint e "
                + "where e.firstClosedAt >= :from and e.firstClosedAt < :to and e.duplicateOf is null", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        BigDecimal meanHours = null;
        if (!closures.isEmpty()) {
            long totalSeconds = closures.stream()
                    .mapToLong(row -> Duration.between((Instant) row[0], (Instant) row[1]).toSeconds()).sum();
            meanHours = BigDecimal.valueOf(totalSeconds)
                    .divide(BigDecimal.valueOf(3600L * closures.size()), 2, RoundingMode.HALF_UP);
        }

        long recurrences = em.createQuery("select count(s) from ComplaintStep s, Complaint e where s.complaintId = e.id "
                + "and s.toStatus = :reopened and s.at >= :from and s.at < :to and e.duplicateOf is null", Long.class)
                .setParameter("reopened", ComplaintStatus.REOPENED).setParameter("from", from).setParameter("to", to)
                .getSingleResult();

        return new ComplaintFigures(month.toString(), zone.getId(), received, duplicates, onTime(clocks),
                pareto(perCategory, received), closures.size(), meanHours, recurrences);
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
