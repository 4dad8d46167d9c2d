package io.fieldback.dispatch.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.clock.Clocks;
import io.fieldback.customer.Importance;

/**
 * The arrival promise's deadline, on the shared clocks: started when dispatch first meets a visit (due at
 * the promise), stopped when a technician is on site. A missed one is escalated by {@link PromiseBreaches}.
 */
@ApplicationScoped
class Promises {

    static final String SUBJECT = "dispatch-visit";
    static final String KIND = "arrival";

    private final Clocks clocks;
    private final DispatchConfig config;

    Promises(Clocks clocks, DispatchConfig config) {
        this.clocks = clocks;
        this.config = config;
    }

    /** How soon after the request a customer of this importance is promised a technician on site. */
    Duration promiseFor(Importance importance) {
        return switch (importance == null ? Importance.ORDINARY : importance) {
            case KEY -> config.promise().key();
            case ORDINARY -> config.promise().ordinary();
            case POTENTIAL -> config.promise().potential();
        };
    }

    /**
     * The customer's importance changed: every visit of theirs whose promise clock still runs is now owed the
     * promise of the new importance, counted from its request (the clock follows the facts). A promise already
     * met (or stopped late) stays as it was. The default window (request .. promise) follows the promise;
     * a window the dispatcher set stays.
     */
    void follow(UUID customerId, Importance importance) {
        Duration owed = promiseFor(importance);
        List<DispatchVisit> waiting = DispatchVisit.list("customerId = ?1 and arrivedAt is null", customerId);
        for (DispatchVisit facts : waiting) {
            // not stopped: still running, or past due but nobody on site yet (a breach the new due time lifts)
            boolean running = clocks.find(SUBJECT, facts.visitId, KIND).map(c -> c.stoppedAt() == null).orElse(false);
            Instant due = facts.requestedAt.plus(owed);
            if (!running || due.equals(facts.promisedBy)) {
                continue;
            }
            if (facts.promisedBy.equals(facts.windowEnd)) {
                facts.windowEnd = due;
            }
            facts.promisedBy = due;
            clocks.follow(SUBJECT, facts.visitId, KIND, due);
        }
    }

    /** Starts the clock once; a visit already reached stops it at its arrival. */
    void start(DispatchVisit facts) {
        if (clocks.find(SUBJECT, facts.visitId, KIND).isPresent()) {
            return;
        }
        clocks.start(SUBJECT, facts.visitId, KIND, facts.promisedBy);
        if (facts.arrivedAt != null) {
            clocks.stop(SUBJECT, facts.visitId, KIND, facts.arrivedAt);
        }
    }

    void arrived(UUID visitId, Instant at) {
        DispatchVisit facts = DispatchVisit.findById(visitId);
        if (facts != null && facts.arrivedAt == null) {
            facts.arrivedAt = at;
        }
        if (clocks.find(SUBJECT, visitId, KIND).isPresent()) {
            clocks.stop(SUBJECT, visitId, KIND, at);
        }
    }
}
