package io.fieldback.followup;

/**
 * Why a call is made. Figures say which purposes they count: first-call figures count first follow-ups
 * only. The column is a string, so purposes to come (maintenance solicitation, the call after delivery)
 * need no schema change.
 */
public enum CallPurpose {
    /** the follow-up call after a service visit (scheduled, or made by hand) */
    FIRST_FOLLOW_UP,
    /** the call after a complaint was closed: is the customer satisfied now? */
    SECOND_SATISFACTION,
    /** maintenance solicitation: a service is overdue and the reminders went unanswered; book it */
    MAINTENANCE_SOLICITATION,
    /** the call a set time after a machine's delivery (sales satisfaction, before any service) */
    AFTER_DELIVERY
}
