package io.fieldback.bench.repairorders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.fieldback.bench.Results;

/**
 * Prints the summary of a dealer-sync benchmark run (upsert.txt, changes.txt written by
 * {@link RepairOrderBench}) and records one line in the "repair orders" table of bench/RESULTS.md.
 * Exit status 2 when the run is not valid (an API answer not 2xx, an item not created or updated as sent,
 * or a feed that did not give every event exactly once, in order).
 *
 * Usage: RepairOrderReport <runDir> <resultsMd> <commit> <notes>
 */
public final class RepairOrderReport {

    static final double WRITE_TARGET = 0.50;

    static final String SECTION = "## repair orders (`bench/run-repair-orders.sh`)";

    static final String SECTION_TEXT = SECTION + """


            - **API rows/s**: repair orders upserted per second through `PUT /api/v1/dealer/repair-orders`, 5,000 per
              request, half new (COMPLETED) and half updates (REQUESTED to COMPLETED); seconds are the requests'
              wall time, one request at a time. Per order the API writes: the visits row (INSERT or UPDATE), one
              visit_parts row, two visit_events (ARRIVED, COMPLETED), one domain_events row (visit.completed,
              which the dealer feed shows as the status change; two rows before stop 36), and reads what it checks
              (stations, customers, machines, stored orders and their timelines).
            - **JDBC rows/s**: the baseline in the same run, batch by batch: the same visits rows (the final state
              of the API's 5,000, under other order numbers) as one batched INSERT into `visits`
              (rewriteBatchedStatements=true), one transaction per batch. Visits only: no parts, events or reads.
            - **API/JDBC**: the ratio. Target: at least 0.50.
            - **batch p50 / max s**: seconds per 5,000-order request (API) and per 5,000-row batch (JDBC).
            - **feed events/s**: `GET /api/v1/dealer/changes?limit=1000` read from the start to the end (100,000
              events, 100 pages), one request at a time; **page p50 / last ms**: the median page and the last one.
            - **checks**: created/updated/rejected of the 100,000 orders; feed events read, each exactly once in
              cursor order, and a page read twice is the same.
            - **notes**: cores, batches, settings given to the app; the statements the API sent the server per
              request (server counters: without rewriteBatchedStatements every row of a JDBC batch is one INSERT);
              with `BENCH_FULL_BASELINE=1`, a second baseline writing every row the API writes (orders/s) and the
              API's ratio to it; how long after the last batch the readers of `visit.completed` had read its newest
              event (from 2026-12-07).

            | date (UTC) | commit | API rows/s | JDBC rows/s | API/JDBC | API batch p50 / max s | JDBC batch p50 / max s | created / updated / rejected | feed events/s | feed page p50 / last ms | checks | notes |
            |---|---|---|---|---|---|---|---|---|---|---|---|
            """;

    public static void main(String[] args) throws IOException {
        Path run = Path.of(args[0]);
        Path results = Path.of(args[1]);
        String commit = args[2];
        String notes = args.length > 3 ? args[3] : "";
        Map<String, String> up = read(run.resolve("upsert.txt"));
        Map<String, String> feed = read(run.resolve("changes.txt"));

        long orders = (long) num(up, "orders");
        double apiRps = num(up, "api_rows_per_s");
        double jdbcRps = num(up, "jdbc_rows_per_s");
        double ratio = jdbcRps > 0 ? apiRps / jdbcRps : Double.NaN;
        long created = (long) num(up, "created");
        long updated = (long) num(up, "updated");
        long rejected = (long) num(up, "rejected");
        long non2xx = (long) num(up, "non2xx");
        long events = (long) num(feed, "events");
        long expected = (long) num(feed, "expected");
        boolean ordered = Boolean.parseBoolean(feed.get("ordered"));
        boolean reread = Boolean.parseBoolean(feed.get("reread_same"));
        long distinct = (long) num(feed, "distinct_aggregates");

        List<String> invalid = new ArrayList<>();
        if (non2xx != 0) {
            invalid.add(non2xx + " requests not 2xx");
        }
        if (created != orders / 2 || updated != orders / 2 || rejected != 0) {
            invalid.add("items: " + created + " created, " + updated + " updated, " + rejected + " rejected of " + orders);
        }
        if (events != expected || !ordered || distinct != expected || !reread) {
            invalid.add("feed: " + events + " events of " + expected + ", " + distinct + " distinct visits"
                    + (ordered ? "" : ", OUT OF ORDER") + (reread ? "" : ", a page read twice differed"));
        }

        String line = "-".repeat(96);
        System.out.println();
        System.out.println(line);
        System.out.println("repair-orders benchmark   " + commit + "   " + notes);
        System.out.println(line);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %18s%n", "", "rows/s", "seconds", "batch p50/max s");
        System.out.printf(Locale.ROOT, "%-34s %12.0f %12.2f %8.2f / %6.2f%n", "API (PUT, 5,000 orders a request)",
                apiRps, num(up, "api_seconds"), num(up, "api_batch_p50_s"), num(up, "api_batch_max_s"));
        System.out.printf(Locale.ROOT, "%-34s %12.0f %12.2f %8.2f / %6.2f%n", "baseline (JDBC batched INSERT)",
                jdbcRps, num(up, "jdbc_seconds"), num(up, "jdbc_batch_p50_s"), num(up, "jdbc_batch_max_s"));
        System.out.printf(Locale.ROOT, "%-34s %12.3f   target >= %.2f   %s%n", "API / baseline rows/s", ratio,
                WRITE_TARGET, ratio >= WRITE_TARGET ? "MET" : "MISSED");
        double fullRps = num(up, "full_orders_per_s");
        if (!Double.isNaN(fullRps)) {
            System.out.printf(Locale.ROOT, "%-34s %12.0f %12.2f %8.2f   API / this: %.3f%n",
                    "JDBC, every row the API writes", fullRps, num(up, "full_seconds"), num(up, "full_batch_p50_s"),
                    apiRps / fullRps);
        }
        System.out.printf(Locale.ROOT, "%-34s %d created, %d updated, %d unchanged, %d stale, %d rejected; %d non-2xx%n",
                "API answers", created, updated, (long) num(up, "unchanged"), (long) num(up, "stale"), rejected, non2xx);
        System.out.printf(Locale.ROOT, "%-34s %d visits rows (batched INSERT, one commit per %s rows)%n",
                "the baseline wrote", orders, up.get("batch_size"));
        System.out.printf(Locale.ROOT, "%-34s %d visits INSERTs + %d visits UPDATEs, %d visit_parts, %d visit_events,"
                + " %d domain_events (%d for the dealer feed)%n", "the API wrote", (long) num(up, "api_visits_inserted"),
                updated, (long) num(up, "api_visit_parts"), (long) num(up, "api_visit_events"),
                (long) num(up, "api_domain_events"), (long) num(up, "api_dealer_events"));
        System.out.printf(Locale.ROOT, "%-34s %.0f INSERT, %.0f UPDATE, %.0f SELECT, %.0f DELETE statements per 5,000 "
                + "orders (server counters; without rewriteBatchedStatements a JDBC batch counts one per row)%n",
                "the API sent the server", per(up, "api_com_insert"), per(up, "api_com_update"),
                per(up, "api_com_select"), per(up, "api_com_delete"));
        System.out.printf(Locale.ROOT, "%-34s %.1f s, untimed, after the API batches (the sequencer runs every 1 s)%n",
                "waited for the feed sequencer", num(up, "sequencer_wait_s"));
        System.out.printf(Locale.ROOT, "%-34s %.0f s after the last API batch (untimed; they run every 10-30 s)%n",
                "readers of visit.completed caught up", num(up, "readers_caught_up_s"));
        System.out.printf(Locale.ROOT, "%-34s %12.0f   (%d events, %d pages of %s, %.2f s)%n", "change feed events/s",
                num(feed, "events_per_s"), events, (long) num(feed, "pages"), feed.get("limit"), num(feed, "seconds"));
        System.out.printf(Locale.ROOT, "%-34s p50 %.1f ms, first %.1f ms, last %.1f ms, max %.1f ms%n", "feed page",
                num(feed, "page_p50_ms"), num(feed, "page_first_ms"), num(feed, "page_last_ms"), num(feed, "page_max_ms"));
        System.out.printf(Locale.ROOT, "%-34s %s; %d distinct visits; %s; a page read twice: %s%n", "feed checks",
                feed.get("topics"), distinct, ordered ? "cursors strictly increasing" : "CURSORS OUT OF ORDER",
                reread ? "same" : "DIFFERENT");
        for (int i = 0; up.containsKey("problem_" + i); i++) {
            System.out.println("problem: " + up.get("problem_" + i));
        }
        System.out.printf(Locale.ROOT, "%-34s %s%n", "run", invalid.isEmpty() ? "VALID" : "NOT VALID: " + invalid);
        System.out.println(line);

        notes = notes + String.format(Locale.ROOT, "; API statements per request: %.0f INSERT, %.0f UPDATE, %.0f SELECT",
                per(up, "api_com_insert"), per(up, "api_com_update"), per(up, "api_com_select"));
        if (up.containsKey("readers_caught_up_s")) {
            notes = notes + String.format(Locale.ROOT, "; readers of visit.completed caught up %.0f s after the last"
                    + " batch", num(up, "readers_caught_up_s"));
        }
        if (!Double.isNaN(fullRps)) {
            notes = notes + String.format(Locale.ROOT, "; JDBC writing every row the API writes: %.0f orders/s, API / that = %.3f",
                    fullRps, apiRps / fullRps);
        }
        if (!invalid.isEmpty()) {
            notes = notes + "; NOT VALID: " + String.join("; ", invalid);
        }
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String row = String.format(Locale.ROOT,
                "| %s | %s | %.0f | %.0f | %.3f | %.2f / %.2f | %.2f / %.2f | %d / %d / %d | %.0f | %.1f / %.1f | %s | %s |",
                date, commit, apiRps, jdbcRps, ratio, num(up, "api_batch_p50_s"), num(up, "api_batch_max_s"),
                num(up, "jdbc_batch_p50_s"), num(up, "jdbc_batch_max_s"), created, updated, rejected,
                num(feed, "events_per_s"), num(feed, "page_p50_ms"), num(feed, "page_last_ms"),
                events + " events" + (events == expected && distinct == expected && ordered && reread ? ", once each, in order"
                        : ", NOT as expected"),
                notes);
        Results.record(results, SECTION_TEXT, row);
        if (!invalid.isEmpty()) {
            System.exit(2);
        }
    }


    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        if (Files.exists(file)) {
            for (String l : Files.readAllLines(file)) {
                int eq = l.indexOf('=');
                if (eq > 0) {
                    values.put(l.substring(0, eq).trim(), l.substring(eq + 1).trim());
                }
            }
        }
        return values;
    }

    /** A counter summed over the measured API requests, per request of 5,000 orders. */
    private static double per(Map<String, String> up, String key) {
        return num(up, key) / num(up, "batches");
    }

    private static double num(Map<String, String> values, String key) {
        String v = values.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }
}
