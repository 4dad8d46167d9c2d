package io.fieldback.complaint;

import java.util.UUID;

/** Moves complaints through their workflow; what the follow-up feature asks about closures and records on them. */
public interface ComplaintWorkflow {

    /** The topic the follow-up feature consumes to schedule the second-satisfaction call. */
    String CLOSED_TOPIC = ComplaintClosed.TOPIC;
    String STATUS_CHANGED_TOPIC = ComplaintStatusChanged.TOPIC;

    /** Takes one workflow step (refused with its reasons); If-Match is optional. */
    ComplaintView transition(UUID id, TransitionRequest request, String ifMatch);

    /** Records the investigation as it stands now (it replaces the previous record). */
    ComplaintView recordInvestigation(UUID id, InvestigationRequest request, String ifMatch);

    /**
     * Whether this closure of the complaint ({@code closure}: 1 for the first, as in {@link ComplaintClosed})
     * still stands: the complaint is closed and was not reopened since.
     */
    boolean closureStands(UUID complaintId, int closure);

    /**
     * Records the answer of a second-satisfaction call made by the follow-up feature, in its transaction,
     * whatever the caller's tenancy; nothing when that closure no longer stands. Returns whether it was recorded.
     */
    boolean recordSecondSatisfactionCall(UUID complaintId, int closure, boolean satisfied, String note,
            UUID callId, String agent);
}
