package io.fieldback.warranty;

/** What an OTHER line pays for. */
public enum CostKind {
    TRAVEL, SUBLET
}
