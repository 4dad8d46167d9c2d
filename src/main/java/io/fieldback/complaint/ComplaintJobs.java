package io.fieldback.complaint;

/** The complaint feature's scheduled work, callable on demand (the demo seeder, tests); each is safe on several instances. */
public interface ComplaintJobs {

    /** Opens a complaint for each problem raised on a follow-up call not yet taken up; returns how many events it handled. */
    int takeUpProblemsRaisedOnCalls();

    /**
     * Escalates every missed deadline now: the clock module's one job, so other features' missed clocks go to
     * their handlers in the same run; returns how many clocks it escalated, of every feature.
     */
    int escalateBreaches();
}
