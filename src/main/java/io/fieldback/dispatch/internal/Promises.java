package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.clock.Clocks;

/**
 * The arrival promise's deadline, on the shared clocks: started when dispatch first meets a visit (due at
 * the promise), stopped when a technician is on site. A missed one is escalated by {@link PromiseBreaches}.
 */
@ApplicationScoped
class Promises {

    static final String SUBJECT = "dispatch-visit";
    static final String KIND = "arrival";

    private final Clocks clocks;

    Promises(Clocks clocks) {
        this.clocks = clocks;
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
