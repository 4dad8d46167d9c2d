package io.fieldback.clock;

import java.time.Instant;

/**
 * The one rule for a deadline's status, for every feature's clocks: RUNNING until stopped or past due; MET when
 * stopped by its due time; MISSED otherwise. {@link #statusSql} is the same rule for SQL, so figures computed in
 * the database agree with the views computed in Java.
 */
public final class DeadlineRule {

    private DeadlineRule() {
    }

    public static ClockStatus status(Instant dueAt, Instant stoppedAt, Instant now) {
        if (stoppedAt != null) {
            return stoppedAt.isAfter(dueAt) ? ClockStatus.MISSED : ClockStatus.MET;
        }
        return now.isAfter(dueAt) ? ClockStatus.MISSED : ClockStatus.RUNNING;
    }

    /** Running and past due. */
    public static boolean overdue(Instant dueAt, Instant stoppedAt, Instant now) {
        return stoppedAt == null && now.isAfter(dueAt);
    }

    /**
     * {@link #status} over the columns {@code due_at} and {@code stopped_at} of the table aliased {@code alias},
     * at the query parameter {@code :now}; the value is the status's name.
     */
    public static String statusSql(String alias) {
        return "(case when " + alias + ".stopped_at is null then "
                + "(case when " + alias + ".due_at < :now then 'MISSED' else 'RUNNING' end) "
                + "when " + alias + ".stopped_at > " + alias + ".due_at then 'MISSED' else 'MET' end)";
    }

    /** {@link #overdue} in JPQL over an entity aliased {@code alias} with fields {@code dueAt}, {@code stoppedAt}, at {@code :param}. */
    public static String overdueJpql(String alias, String param) {
        return alias + ".stoppedAt is null and " + alias + ".dueAt < :" + param;
    }

    /**
     * The ids of the subjects of {@code subjectType} that have a clock overdue at {@code :param}, as a JPQL
     * subquery for a feature's list filter ({@code e.id in (...)}); the clock table stays the clock module's.
     */
    public static String overdueSubjectsJpql(String subjectType, String param) {
        if (!subjectType.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("subject type '" + subjectType + "' is not a plain name");
        }
        return "select k.subjectId from DeadlineClock k where k.subjectType = '" + subjectType + "' and "
                + overdueJpql("k", param);
    }
}
