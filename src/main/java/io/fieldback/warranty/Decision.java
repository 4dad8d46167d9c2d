package io.fieldback.warranty;

/** An analyst's (or the auto-approval rules') answer to one claim line. */
public enum Decision {
    APPROVED, CUT, REJECTED
}
