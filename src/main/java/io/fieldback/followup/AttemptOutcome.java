package io.fieldback.followup;

/** What came of one attempt to reach the customer. */
public enum AttemptOutcome {
    NO_ANSWER, BUSY, WRONG_NUMBER, REFUSED, CALLBACK_REQUESTED, COMPLETED;

    /** Unanswered attempts count towards the maximum and must be spaced by the minimum interval. */
    boolean unanswered() {
        return this == NO_ANSWER || this == BUSY;
    }
}
