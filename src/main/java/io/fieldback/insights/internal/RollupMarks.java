package io.fieldback.insights.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerChanged;
import io.fieldback.customer.CustomerFacts;
import io.fieldback.customer.CustomerSegmentChanged;
import io.fieldback.followup.FollowUpCallsChanged;
import io.fieldback.followup.FollowUpFacts;
import io.fieldback.insights.InsightsConfig;
import io.fieldback.region.ProvinceMoved;
import io.fieldback.survey.SurveyFacts;
import io.fieldback.survey.VendorRowsImported;

/**
 * Marks the days of the read model that a change makes stale, in the transaction that makes the change (the
 * events are fired synchronously there): the mark commits or rolls back with the change, so a report never
 * reads a stale day as fresh. Days are marked in ascending order, the order the refresh locks them in.
 */
@ApplicationScoped
class RollupMarks {

    private final EntityManager em;
    private final InsightsConfig config;
    private final TimeSource time;

    RollupMarks(EntityManager em, InsightsConfig config, TimeSource time) {
        this.em = em;
        this.config = config;
        this.time = time;
    }

    void onCalls(@Observes FollowUpCallsChanged changed) {
        SortedSet<LocalDate> days = callDays(changed.dueTimes());
        if (changed.customerId() != null) {
            days.addAll(customerDays(changed.customerId()));
        }
        mark(days);
    }

    void onVendorRows(@Observes VendorRowsImported imported) {
        mark(new TreeSet<>(imported.interviewDates()));
    }

    /** Calls group by the customer's region, province and importance as they are now. */
    void onSegment(@Observes CustomerSegmentChanged changed) {
        mark(customerDays(changed.customerId()));
    }

    /** Calls and vendor rows group by their equipment's product series as it is now. */
    void onCustomer(@Observes CustomerChanged changed) {
        if ("equipment".equals(changed.what())) {
            mark(customerDays(changed.customerId()));
        }
    }

    /**
     * Customers follow their province into another region: every day with a call of a customer in the
     * province is stale (UTC days and their neighbours, as in the back-fill; a rare admin change).
     */
    void onProvinceMoved(@Observes ProvinceMoved moved) {
        em.createNativeQuery("INSERT IGNORE INTO insights_dirty_days (day, marked_at)"
                + " SELECT DISTINCT DATE(c.due_at) + INTERVAL n.k DAY, ?1 FROM " + CustomerFacts.CUSTOMERS + " cu"
                + " JOIN " + FollowUpFacts.CALLS + " c ON c.customer_id = cu.id"
                + " CROSS JOIN (SELECT -1 AS k UNION ALL SELECT 0 UNION ALL SELECT 1) n WHERE cu.province = ?2")
                .setParameter(1, time.now()).setParameter(2, moved.province()).executeUpdate();
    }

    private SortedSet<LocalDate> callDays(Collection<Instant> dueTimes) {
        SortedSet<LocalDate> days = new TreeSet<>();
        dueTimes.forEach(due -> days.add(LocalDate.ofInstant(due, config.timeZone())));
        return days;
    }

    /** Every day with a call or a vendor row of the customer (indexed by customer). */
    @SuppressWarnings("unchecked")
    private SortedSet<LocalDate> customerDays(UUID customerId) {
        List<Object> due = em.createNativeQuery("SELECT due_at FROM " + FollowUpFacts.CALLS + " WHERE customer_id = ?1")
                .setParameter(1, customerId).getResultList();
        SortedSet<LocalDate> days = callDays(due.stream().map(RollupMarks::instant).toList());
        List<Object> interviews = em.createNativeQuery(
                "SELECT DISTINCT interview_date FROM " + SurveyFacts.RESULTS + " WHERE customer_id = ?1")
                .setParameter(1, customerId).getResultList();
        interviews.forEach(d -> days.add(d instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) d));
        return days;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        return ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }

    private void mark(SortedSet<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        // INSERT IGNORE: a day already marked keeps its row and takes only a shared lock on it, so writers
        // marking the same day do not queue behind each other, while a refresh (FOR UPDATE SKIP LOCKED)
        // leaves the day alone until they commit
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO insights_dirty_days (day, marked_at) VALUES ");
        int i = 1;
        for (LocalDate ignored : days) {
            sql.append(i == 1 ? "" : ", ").append("(?").append(i).append(", ?").append(i + 1).append(")");
            i += 2;
        }
        Query insert = em.createNativeQuery(sql.toString());
        i = 1;
        Instant now = time.now();
        for (LocalDate day : days) {
            insert.setParameter(i++, day).setParameter(i++, now);
        }
        insert.executeUpdate();
    }
}
