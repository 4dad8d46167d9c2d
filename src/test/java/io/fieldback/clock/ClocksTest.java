package io.fieldback.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The deadline engine on its own; the features that own clocks (warranty, dispatch) test theirs through
 * HTTP. Each test uses fresh subject ids, so clocks left by other tests never count here.
 */
@QuarkusTest
class ClocksTest {

    static final String SUBJECT = "clock-test";

    /** Records the breaches the job hands to the "clock-test" subject type. */
    @Singleton
    static class RecordingHandler implements ClockBreachHandler {
        final List<ClockBreach> breaches = new CopyOnWriteArrayList<>();

        @Override
        public String subjectType() {
            return SUBJECT;
        }

        @Override
        public void breached(ClockBreach breach) {
            breaches.add(breach);
        }

        long count(UUID subject) {
            return breaches.stream().filter(b -> b.subjectId().equals(subject)).count();
        }
    }

    @Inject
    Clocks clocks;

    @Inject
    RecordingHandler handler;

    @Inject
    TimeSource time;

    Instant now;

    @BeforeEach
    void fixTime() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        time.use(Clock.fixed(now, java.time.ZoneOffset.UTC));
    }

    @AfterEach
    void resetTime() {
        time.reset();
    }

    @Test
    void aClockEscalatesOnceWhenMissedAndNotBefore() {
        UUID subject = UUID.randomUUID();
        tx(() -> clocks.start(SUBJECT, subject, "DECISION", now.plus(Duration.ofHours(2))));

        clocks.escalateBreaches();
        assertEquals(0, handler.count(subject), "not yet due");
        assertEquals(ClockStatus.RUNNING, view(subject, "DECISION").status());

        moveTo(now.plus(Duration.ofHours(3)));
        clocks.escalateBreaches();
        clocks.escalateBreaches();
        assertEquals(1, handler.count(subject), "escalated once, however often the job runs");
        ClockView missed = view(subject, "DECISION");
        assertEquals(ClockStatus.MISSED, missed.status());
        assertEquals(now, missed.breachedAt());
    }

    @Test
    void aClockStoppedInTimeIsMetAndNeverEscalates() {
        UUID subject = UUID.randomUUID();
        tx(() -> clocks.start(SUBJECT, subject, "ARRIVAL", now.plus(Duration.ofHours(1))));
        tx(() -> clocks.stop(SUBJECT, subject, "ARRIVAL", now.plus(Duration.ofMinutes(30))));

        moveTo(now.plus(Duration.ofHours(5)));
        clocks.escalateBreaches();
        assertEquals(0, handler.count(subject));
        assertEquals(ClockStatus.MET, view(subject, "ARRIVAL").status());
    }

    @Test
    void aStopAfterTheDueTimeKeepsTheClockMissed() {
        UUID subject = UUID.randomUUID();
        tx(() -> clocks.start(SUBJECT, subject, "ARRIVAL", now.plus(Duration.ofHours(1))));
        moveTo(now.plus(Duration.ofHours(2)));
        clocks.escalateBreaches();
        tx(() -> clocks.stop(SUBJECT, subject, "ARRIVAL", now));

        assertEquals(ClockStatus.MISSED, view(subject, "ARRIVAL").status());
        assertEquals(1, handler.count(subject));
    }

    /** The facts change after the job ran: a later due time clears a breach it no longer supports. */
    @Test
    void aDueTimeMovedLaterClearsTheBreachMarkAndAnEarlierOneIsLeftToTheJob() {
        UUID later = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        tx(() -> {
            clocks.start(SUBJECT, later, "ARRIVAL", now.plus(Duration.ofHours(1)));
            clocks.start(SUBJECT, earlier, "ARRIVAL", now.plus(Duration.ofHours(10)));
        });
        moveTo(now.plus(Duration.ofHours(2)));
        clocks.escalateBreaches();
        assertEquals(1, handler.count(later));

        tx(() -> clocks.follow(SUBJECT, later, "ARRIVAL", now.plus(Duration.ofHours(24))));
        tx(() -> clocks.follow(SUBJECT, earlier, "ARRIVAL", now.minus(Duration.ofMinutes(1))));
        ClockView moved = view(later, "ARRIVAL");
        assertEquals(ClockStatus.RUNNING, moved.status());
        assertNull(moved.breachedAt());
        assertEquals(1, handler.count(later), "an escalation that went out is not taken back");

        clocks.escalateBreaches();
        assertEquals(1, handler.count(earlier), "the now-missed clock escalates on the next run");
        assertEquals(1, handler.count(later), "the escalated clock is not escalated again");
    }

    @Test
    void aRestartedClockIsANewDeadlineThatEscalatesAgain() {
        UUID subject = UUID.randomUUID();
        tx(() -> clocks.start(SUBJECT, subject, "DECISION", now.plus(Duration.ofHours(1))));
        moveTo(now.plus(Duration.ofHours(2)));
        clocks.escalateBreaches();

        tx(() -> clocks.start(SUBJECT, subject, "DECISION", now.plus(Duration.ofHours(1))));
        assertEquals(ClockStatus.RUNNING, view(subject, "DECISION").status());
        moveTo(now.plus(Duration.ofHours(2)));
        clocks.escalateBreaches();
        assertEquals(2, handler.count(subject));
        assertEquals(1, clocks.of(SUBJECT, subject).size());
    }

    @Test
    void twoJobsRunningAtOnceEscalateEachClockExactlyOnce() throws Exception {
        List<UUID> subjects = java.util.stream.IntStream.range(0, 45).mapToObj(i -> UUID.randomUUID()).toList();
        tx(() -> subjects.forEach(s -> clocks.start(SUBJECT, s, "DECISION", now.plus(Duration.ofMinutes(1)))));
        moveTo(now.plus(Duration.ofHours(1)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(clocks::escalateBreaches);
            Future<Integer> b = pool.submit(clocks::escalateBreaches);
            assertTrue(a.get() + b.get() >= subjects.size());
        } finally {
            pool.shutdown();
        }
        for (UUID s : subjects) {
            assertEquals(1, handler.count(s), "clock of " + s);
        }
        assertEquals(subjects.size(), clocks.ofAll(SUBJECT, subjects).size());
    }

    private ClockView view(UUID subject, String kind) {
        return clocks.find(SUBJECT, subject, kind).orElseThrow();
    }

    private void moveTo(Instant at) {
        now = at;
        time.use(Clock.fixed(at, java.time.ZoneOffset.UTC));
    }

    private static void tx(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}
