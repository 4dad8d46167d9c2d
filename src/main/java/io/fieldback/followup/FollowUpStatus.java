package io.fieldback.followup;

/** Where a follow-up call stands. Only OPEN calls are in the agents' queue. */
public enum FollowUpStatus {
    /** stored with the reason it may not be made */
    NOT_ELIGIBLE,
    /** sampling mode: waits for the day's sample */
    AWAITING_SAMPLE,
    /** sampling mode: left out of its day's sample */
    NOT_SAMPLED,
    /** in the queue (claimed or not) */
    OPEN,
    /** the customer answered the questionnaire */
    COMPLETED,
    /** the customer refused the call */
    REFUSED,
    /** the maximum number of attempts went unanswered, or the number is wrong */
    UNREACHABLE;

    public boolean isFinal() {
        return this != OPEN && this != AWAITING_SAMPLE;
    }
}
