package io.fieldback.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The deadline rule, without the database (its SQL twin is checked through the complaint figures' tests). */
class DeadlineRuleTest {

    private static final Instant DUE = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void runsUntilItsDueTime() {
        assertEquals(ClockStatus.RUNNING, DeadlineRule.status(DUE, null, DUE.minusSeconds(1)));
        assertEquals(ClockStatus.RUNNING, DeadlineRule.status(DUE, null, DUE));
        assertFalse(DeadlineRule.overdue(DUE, null, DUE));
    }

    @Test
    void isMissedOncePastDueWhileRunning() {
        assertEquals(ClockStatus.MISSED, DeadlineRule.status(DUE, null, DUE.plusSeconds(1)));
        assertTrue(DeadlineRule.overdue(DUE, null, DUE.plusSeconds(1)));
    }

    @Test
    void stoppedByItsDueTimeIsMetWhateverTheTimeNow() {
        assertEquals(ClockStatus.MET, DeadlineRule.status(DUE, DUE, DUE.plusSeconds(86_400)));
        assertEquals(ClockStatus.MET, DeadlineRule.status(DUE, DUE.minusSeconds(60), DUE.plusSeconds(86_400)));
        assertFalse(DeadlineRule.overdue(DUE, DUE.minusSeconds(60), DUE.plusSeconds(86_400)));
    }

    @Test
    void stoppedAfterItsDueTimeStaysMissed() {
        assertEquals(ClockStatus.MISSED, DeadlineRule.status(DUE, DUE.plusSeconds(1), DUE.plusSeconds(2)));
        assertFalse(DeadlineRule.overdue(DUE, DUE.plusSeconds(1), DUE.plusSeconds(2)));
    }

    @Test
    void theSqlFragmentStatesTheSameRuleOverTheGivenAlias() {
        assertEquals("(case when k.stopped_at is null then (case when k.due_at < :now then 'MISSED' else 'RUNNING' end) "
                + "when k.stopped_at > k.due_at then 'MISSED' else 'MET' end)", DeadlineRule.statusSql("k"));
        assertEquals("k.stoppedAt is null and k.dueAt < :p", DeadlineRule.overdueJpql("k", "p"));
    }

    @Test
    void theOverdueSubjectsOfOneTypeAreASubqueryOverTheSameRule() {
        assertEquals("select k.subjectId from DeadlineClock k where k.subjectType = 'complaint' and "
                + "k.stoppedAt is null and k.dueAt < :p", DeadlineRule.overdueSubjectsJpql("complaint", "p"));
        assertThrows(IllegalArgumentException.class, () -> DeadlineRule.overdueSubjectsJpql("x' or '1'='1", "p"));
    }
}
