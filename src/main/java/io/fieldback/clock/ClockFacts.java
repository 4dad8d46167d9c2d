package io.fieldback.clock;

/**
 * The database view the clock module publishes for a subject's module to count its clocks in its figures (the
 * status by {@link DeadlineRule#statusSql} over due_at and stopped_at), created by changeset 148; its columns are
 * the clock module's read contract, its table behind it is not.
 */
public final class ClockFacts {

    /** A clock: subject_type, subject_id, kind, due_at, stopped_at. */
    public static final String CLOCKS = "deadline_clock_facts";

    private ClockFacts() {
    }
}
