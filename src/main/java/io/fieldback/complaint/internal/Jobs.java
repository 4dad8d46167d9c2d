package io.fieldback.complaint.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.complaint.ComplaintJobs;

@ApplicationScoped
class Jobs implements ComplaintJobs {

    private final FollowUpIntake intake;
    private final EscalationJob escalations;

    Jobs(FollowUpIntake intake, EscalationJob escalations) {
        this.intake = intake;
        this.escalations = escalations;
    }

    @Override
    public int takeUpProblemsRaisedOnCalls() {
        return intake.runOnce();
    }

    @Override
    public int escalateBreaches() {
        return escalations.escalateBreaches();
    }
}
