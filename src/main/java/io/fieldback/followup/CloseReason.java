package io.fieldback.followup;

/** Why an unreachable call was closed. */
public enum CloseReason {
    MAX_ATTEMPTS, WRONG_NUMBER
}
