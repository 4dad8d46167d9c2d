package io.fieldback.maintenance;

/** How the services after the first are placed. */
public enum RuleMode {
    /** the original due points hold, however early or late a service was done */
    ANCHORED,
    /** each interval restarts from the last service actually done */
    FLOATING
}
