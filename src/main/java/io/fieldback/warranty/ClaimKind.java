package io.fieldback.warranty;

/** Why the manufacturer pays: only STANDARD needs the machine to be in warranty at the failure. */
public enum ClaimKind {
    STANDARD, EXTENDED, GOODWILL, CAMPAIGN
}
