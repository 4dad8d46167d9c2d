package io.fieldback.complaint.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.clock.Clocks;
import io.fieldback.complaint.ComplaintJobs;

@ApplicationScoped
class Jobs implements ComplaintJobs {

    private final FollowUpIntake intake;
    private final Clocks clocks;

    Jobs(FollowUpIntake intake, Clocks clocks) {
        this.intake = intake;
        this.clocks = clocks;
    }

    @Override
    public int takeUpProblemsRaisedOnCalls() {
        return intake.runOnce();
    }

    @Override
    public int escalateBreaches() {
        return clocks.escalateBreaches();
    }
}
