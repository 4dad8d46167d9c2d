package io.fieldback.insights;

import java.time.Instant;
import java.util.UUID;

/**
 * The weekly report for other features (notifications freeze and mail it): rendered whole, for the
 * network or one dealer's stations, ignoring the caller (system use; the scope is the argument).
 */
public interface WeeklyReports {

    /** A week's report as its three documents, ready to be stored unchanged. */
    record Rendered(String week, String from, String to, byte[] csv, String html, String json) {
    }

    /** The ISO week before the one {@code now} falls in, in the reports' zone (e.g. 2026-W48). */
    String previousWeek(Instant now);

    /** {@code dealerId} null: the whole network; else that dealer's stations only. */
    Rendered render(String week, UUID dealerId);
}
