package io.fieldback.followup;

/** Why a call may not be made (DOMAIN.md, "Follow-up calls"). */
public enum IneligibleReason {
    /** the customer asked not to be called */
    DO_NOT_CALL,
    /** the customer has no active contact to call */
    NO_CONTACT,
    /** the customer's relationship type has its own reporting channel */
    EXCLUDED_SEGMENT,
    /** the equipment was delivered too recently */
    NOT_PAST_DELIVERY_MILESTONE,
    /** the customer has another call within the recent-call window */
    CALLED_RECENTLY,
    /** a second-satisfaction call whose complaint was reopened: that closure no longer stands (the next one asks) */
    COMPLAINT_REOPENED
}
