package io.fieldback.clock;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deadlines with escalation, for any feature: a clock per subject (a claim, a visit) and kind (submission,
 * decision, arrival). It runs from {@link #start} until {@link #stop}; if it passes its due time first, the
 * escalation job hands it to the subject type's {@link ClockBreachHandler} exactly once, however many
 * instances run the job. All methods join the caller's transaction, so a deadline starts and stops with
 * the change that causes it.
 */
public interface Clocks {

    /**
     * Starts the clock of a subject and kind due at {@code dueAt}. Starting one that exists restarts it as
     * a new deadline (a claim resubmitted is owed a new decision): it runs again from the new due time and
     * escalates again if that one is missed too.
     */
    void start(String subjectType, UUID subjectId, String kind, Instant dueAt);

    /**
     * Starts the clocks of a subject just created, due times by kind, without looking for clocks it cannot
     * have yet (so a create stays a few statements): the rows go out in one JDBC batch. Only for a new
     * subject: a kind it already has breaks the unique key.
     */
    void open(String subjectType, UUID subjectId, Map<String, Instant> dueAtByKind);

    /** Stops a running clock at {@code at}; stopped by its due time it is MET and can no longer escalate. */
    void stop(String subjectType, UUID subjectId, String kind, Instant at);

    /**
     * The due time follows the facts as they now stand (e.g. a customer's importance changed). A breach
     * mark the new due time no longer supports is cleared; one it now supports is left to the job.
     */
    void follow(String subjectType, UUID subjectId, String kind, Instant dueAt);

    /**
     * {@link #start} for many subjects of one kind at once, due times by subject (a bulk request): the clocks
     * that exist are read in one query per thousand subjects, the new ones written in JDBC batches.
     */
    void startAll(String subjectType, String kind, Map<UUID, Instant> dueAtBySubject);

    /**
     * Clocks for subjects made in this transaction, which have none of this kind yet (a bulk request's new
     * claims): written in one JDBC batch without reading, each due at its time and, when {@code stoppedAt} is
     * not null, stopped then (as {@link #start} followed by {@link #stop}). A subject that has one already fails
     * on the unique key: use {@link #startAll} for those.
     */
    void startNew(String subjectType, String kind, Map<UUID, Instant> dueAtBySubject, Instant stoppedAt);

    /** {@link #stop} for many subjects of one kind at once, all at {@code at}. */
    void stopAll(String subjectType, String kind, Collection<UUID> subjectIds, Instant at);

    /** {@link #follow} for many subjects of one kind at once, due times by subject. */
    void followAll(String subjectType, String kind, Map<UUID, Instant> dueAtBySubject);

    Optional<ClockView> find(String subjectType, UUID subjectId, String kind);

    /** Every clock of a subject, by kind. */
    List<ClockView> of(String subjectType, UUID subjectId);

    /** Every clock of many subjects at once (for lists), by subject. */
    Map<UUID, List<ClockView>> ofAll(String subjectType, Collection<UUID> subjectIds);

    /** Escalates every missed clock now, batch by batch; returns how many this call escalated. */
    int escalateBreaches();
}
