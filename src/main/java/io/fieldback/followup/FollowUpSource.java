package io.fieldback.followup;

/** How a call came about. */
public enum FollowUpSource {
    /** scheduled after a completed visit */
    VISIT,
    /** created by hand in the back office */
    BACK_OFFICE,
    /** the second-satisfaction call scheduled when a complaint is closed */
    SECOND_SATISFACTION,
    /** asked for by the maintenance feature: a service is overdue after the last reminder */
    MAINTENANCE,
    /** scheduled a set time after a machine's delivery (fieldback.followup.after-delivery.delay) */
    DELIVERY
}
