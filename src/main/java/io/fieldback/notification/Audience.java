package io.fieldback.notification;

/** Who a weekly-report subscription is for: a role or a department get the network's report, a dealer its own. */
public enum Audience {
    ROLE, DEPARTMENT, DEALER
}
