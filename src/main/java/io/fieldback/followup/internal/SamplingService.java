package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.Relationship;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Daily sampling: instead of calling everyone due, a day's calls are a sample of the eligible ones,
 * drawn in proportion to the customers' relationship type with largest-remainder rounding, at random
 * within each type. Only calls that may still be made count: each is decided again at the draw
 * ({@link CallEligibility}). The draw is recorded once per day (a unique key), however many instances try.
 */
@ApplicationScoped
public class SamplingService {

    private final TimeSource time;
    private final FollowUpConfig config;
    private final FollowUpPolicy policy;
    private final CallEligibility eligibility;

    public SamplingService(TimeSource time, FollowUpConfig config, FollowUpPolicy policy,
            CallEligibility eligibility) {
        this.eligibility = eligibility;
        this.time = time;
        this.config = config;
        this.policy = policy;
    }

    @Scheduled(identity = "followup-sampling", cron = "${fieldback.followup.sampling.cron:0 0 8 * * ?}",
            timeZone = "${fieldback.followup.time-zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        if (!policy.samplingEnabled()) {
            // sampling was switched off: whatever still waits for a sample is called like every other call
            int released = QuarkusTransaction.requiringNew().call(() -> FollowUp.update(
                    "status = ?1, availableAt = dueAt, version = version + 1, updatedAt = ?2 where status = ?3",
                    FollowUpStatus.OPEN, time.now(), FollowUpStatus.AWAITING_SAMPLE));
            if (released > 0) {
                Log.infof("sampling is off: %d calls waiting for a sample went to the queue", released);
            }
            return;
        }
        LocalDate today = LocalDate.ofInstant(time.now(), config.timeZone());
        try {
            QuarkusTransaction.requiringNew().call(() -> draw(today, null, CallPlanner.SYSTEM));
        } catch (RuntimeException e) {
            // another instance drew today's sample first, or an admin did
            Log.infof("no sample drawn for %s: %s", today, e.getMessage());
        }
    }

    /**
     * Draws the sample of a day from the calls waiting for one and due by the end of that day: the
     * drawn calls go to the queue, the others are closed as NOT_SAMPLED.
     */
    @Transactional
    public SampleView draw(LocalDate requestedDate, Integer requestedSize, String by) {
        LocalDate date = drawableDay(requestedDate);
        int size = requestedSize == null ? policy.dailySampleSize() : requestedSize;
        Sample sample = new Sample();
        sample.sampleDate = date;
        sample.requestedSize = size;
        sample.createdBy = by;
        // inserted first: a second draw of the same day, on any instance, stops at the unique key
        sample.persistAndFlush();

        Instant endOfDay = date.plusDays(1).atStartOfDay(config.timeZone()).toInstant();
        Map<Relationship, List<UUID>> population = population(endOfDay);
        Relationship[] order = Relationship.values();
        int[] counts = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            counts[i] = population.get(order[i]).size();
        }
        int[] quotas = LargestRemainder.allocate(size, counts);
        select(population, quotas, date);
        sample.population = RelationshipCounts.of(counts);
        sample.selected = RelationshipCounts.of(quotas);
        Sample.flush();
        return SampleView.of(sample);
    }

    /** The day to draw: sampling on, today or earlier (default today), not drawn yet. */
    private LocalDate drawableDay(LocalDate requestedDate) {
        if (!policy.samplingEnabled()) {
            throw ApiException.conflict("daily sampling is off (fieldback.followup.sampling.enabled=false): "
                    + "every eligible call goes to the queue");
        }
        LocalDate today = LocalDate.ofInstant(time.now(), config.timeZone());
        LocalDate date = requestedDate == null ? today : requestedDate;
        if (date.isAfter(today)) {
            throw ApiException.badRequest("date", "a day's sample is drawn on that day or later, not before");
        }
        if (Sample.count("sampleDate", date) > 0) {
            throw ApiException.conflict("the sample of " + date + " was already drawn");
        }
        return date;
    }

    /** Each relationship's quota of calls, shuffled by a seed of the day, goes to the queue; the rest is closed. */
    private void select(Map<Relationship, List<UUID>> population, int[] quotas, LocalDate date) {
        Relationship[] order = Relationship.values();
        Instant now = time.now();
        for (int i = 0; i < order.length; i++) {
            List<UUID> ids = new ArrayList<>(population.get(order[i]));
            Collections.shuffle(ids, new Random(date.toEpochDay() * 31 + i));
            update(ids.subList(0, quotas[i]), FollowUpStatus.OPEN, date, now);
            update(ids.subList(quotas[i], ids.size()), FollowUpStatus.NOT_SAMPLED, date, now);
        }
    }

    @Transactional
    public SampleView get(LocalDate date) {
        Sample sample = Sample.find("sampleDate", date).firstResult();
        if (sample == null) {
            throw ApiException.notFound("sample of " + date);
        }
        return SampleView.of(sample);
    }

    @Transactional
    public Page<SampleView> list(PageParams paging) {
        return Keyset.page(Sample.class, new Filter(), paging, SampleView::of);
    }

    /**
     * The calls waiting for a sample and due before the end of the day, locked, each decided again with the
     * facts as they are now: those that may no longer be made are closed as NOT_ELIGIBLE and left out of the
     * population; the others are counted by the customer's relationship as it is now.
     */
    @SuppressWarnings("unchecked")
    private Map<Relationship, List<UUID>> population(Instant endOfDay) {
        List<FollowUp> waiting = Panache.getEntityManager().createNativeQuery("SELECT * FROM followup_calls"
                + " WHERE status = 'AWAITING_SAMPLE' AND due_at < ?1 ORDER BY id FOR UPDATE", FollowUp.class)
                .setParameter(1, endOfDay).getResultList();
        Map<Relationship, List<UUID>> population = new EnumMap<>(Relationship.class);
        for (Relationship relationship : Relationship.values()) {
            population.put(relationship, new ArrayList<>());
        }
        for (FollowUp call : waiting) {
            if (eligibility.stillEligible(call)) {
                population.get(call.relationship).add(call.id);
            }
        }
        FollowUp.flush();
        return population;
    }

    private static void update(List<UUID> ids, FollowUpStatus status, LocalDate date, Instant now) {
        String set = status == FollowUpStatus.OPEN ? "availableAt = dueAt" : "availableAt = null, closedAt = ?3";
        for (int from = 0; from < ids.size(); from += 1000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            FollowUp.update("status = ?1, sampleDate = ?2, " + set + ", version = version + 1, updatedAt = ?3"
                    + " where id in (?4)", status, date, now, chunk);
        }
    }
}
