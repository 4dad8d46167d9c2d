package io.fieldback.followup;

/** The complaint severities of DOMAIN.md; an escalation carries a first guess. */
public enum Severity {
    URGENT, NORMAL
}
