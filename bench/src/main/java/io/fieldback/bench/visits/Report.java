package io.fieldback.bench.visits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.fieldback.bench.Results;
import io.fieldback.bench.Stats;

/**
 * Prints the summary of a visits benchmark run and appends one line to bench/RESULTS.md.
 * The write loads run in rounds (api-1.txt, jdbc-1.txt, ...; latencies in api-1.lat, ...): throughput is
 * all requests over all measured seconds, percentiles come from all rounds' latencies merged.
 * Exit status 2 when the run is not valid (the API answered non-2xx, or the baseline failed).
 *
 * Usage: Report <runDir> <resultsMd> <commit> <notes>
 */
public final class Report {

    static final double WRITE_TARGET = 0.50;
    static final double FEED_TARGET = 1.5;

    static final String SECTION_TEXT = """
            ## visits (`bench/run-visits.sh`)

            - **API req/s**, **p50/p99**: the phone flow through HTTP (wrk, 64 connections, each one phone doing
              PUT visit + 5 events); req/s counts 2xx answers only; latency per request (all answers), in ms.
              **flows/s**: completed flows (6 requests) per second.
            - **JDBC req/s**, **p50/p99**: the plain-JDBC baseline, the same writes in one transaction per request,
              64 threads; latency per transaction.
            - **API/JDBC**: API req/s divided by JDBC req/s. Target: at least 0.50.
            - **non-2xx**: API answers that were not 2xx during the measured window (must be 0 for a valid run).
            - **feed p1 / p1000**: median ms of `GET /api/v1/me/visits?limit=50` at page 1 and at page 1,000
              (reached by following cursors); **feed ratio** = p1000 / p1. Target: at most 1.5.
            - **notes**: cores, connections, rounds x seconds per side, seeded visits, settings given to the app.

            | date (UTC) | commit | API req/s | flows/s | API p50/p99 ms | JDBC req/s | JDBC p50/p99 ms | API/JDBC | non-2xx | feed p1 ms | feed p1000 ms | feed ratio | notes |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|
            """;

    public static void main(String[] args) throws IOException {
        Path run = Path.of(args[0]);
        Path results = Path.of(args[1]);
        String commit = args[2];
        String notes = args.length > 3 ? args[3] : "";
        Map<String, String> api = merge(run, "api");
        Map<String, String> jdbc = merge(run, "jdbc");
        Map<String, String> feed = read(run.resolve("feed.txt"));

        double apiRps = num(api, "rps");
        double jdbcRps = num(jdbc, "rps");
        double writeRatio = jdbcRps > 0 ? apiRps / jdbcRps : Double.NaN;
        long non2xx = (long) num(api, "non2xx") + (long) num(api, "socket_errors");
        long jdbcFailures = (long) num(jdbc, "failures");
        double feedRatio = num(feed, "ratio");
        String deep = feed.getOrDefault("page", "1000");

        String line = "-".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.println("visits benchmark   " + commit + "   " + notes);
        System.out.println(line);
        System.out.printf(Locale.ROOT, "%-26s %12s %12s %12s %12s%n", "", "2xx req/s", "flows/s", "p50 ms", "p99 ms");
        System.out.printf(Locale.ROOT, "%-26s %12.1f %12.2f %12.2f %12.2f%n", "API (wrk, HTTP)", apiRps,
                num(api, "flows_per_s"), num(api, "p50_ms"), num(api, "p99_ms"));
        System.out.printf(Locale.ROOT, "%-26s %12.1f %12.2f %12.2f %12.2f%n", "baseline (plain JDBC)", jdbcRps,
                num(jdbc, "flows_per_s"), num(jdbc, "p50_ms"), num(jdbc, "p99_ms"));
        System.out.printf(Locale.ROOT, "%-26s %12.2f   target >= %.2f   %s%n", "API / JDBC throughput", writeRatio,
                WRITE_TARGET, writeRatio >= WRITE_TARGET ? "MET" : "MISSED");
        System.out.printf(Locale.ROOT, "%-26s %12d   (API non-2xx + socket errors; JDBC failures %d)   %s%n",
                "errors", non2xx, jdbcFailures, non2xx == 0 && jdbcFailures == 0 ? "OK" : "RUN NOT VALID");
        if (!api.get("breakdown").isEmpty()) {
            System.out.printf(Locale.ROOT, "%-26s %s (all answers: %.1f/s)%n", "API non-2xx", api.get("breakdown"),
                    num(api, "all_rps"));
        }
        System.out.printf(Locale.ROOT, "%-26s %9.2f ms   page %s: %.2f ms   (median of %s each)%n",
                "delta feed page 1", num(feed, "page1_ms"), deep, num(feed, "page_deep_ms"),
                feed.getOrDefault("samples", "?"));
        System.out.printf(Locale.ROOT, "%-26s %12.2f   target <= %.2f   %s%n", "feed page " + deep + " / page 1",
                feedRatio, FEED_TARGET, feedRatio <= FEED_TARGET ? "MET" : "MISSED");
        System.out.printf(Locale.ROOT, "%-26s %s of %s visits distinct over %s pages%n", "feed walk",
                feed.getOrDefault("walk_distinct", "?"), feed.getOrDefault("walk_items", "?"),
                feed.getOrDefault("walk_pages", "?"));
        System.out.println(line);

        if (non2xx != 0 || jdbcFailures != 0) {
            notes = notes + "; NOT VALID: " + (non2xx != 0 ? api.get("breakdown") : jdbcFailures + " JDBC failures");
        }
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String row = String.format(Locale.ROOT,
                "| %s | %s | %.1f | %.2f | %.1f / %.1f | %.1f | %.1f / %.1f | %.2f | %d | %.1f | %.1f | %.2f | %s |%n",
                date, commit, apiRps, num(api, "flows_per_s"), num(api, "p50_ms"), num(api, "p99_ms"), jdbcRps,
                num(jdbc, "p50_ms"), num(jdbc, "p99_ms"), writeRatio, non2xx, num(feed, "page1_ms"),
                num(feed, "page_deep_ms"), feedRatio, notes);
        Results.record(results, SECTION_TEXT, row);
        if (non2xx != 0 || jdbcFailures != 0) {
            System.exit(2);
        }
    }

    /** Sums the rounds' counts and takes the percentiles of their merged latencies. */
    static Map<String, String> merge(Path run, String load) throws IOException {
        double requests = 0;
        double ok = 0;
        double seconds = 0;
        double flows = 0;
        double non2xx = 0;
        double socketErrors = 0;
        double failures = 0;
        long[] latencies = new long[0];
        java.util.TreeMap<String, Double> statuses = new java.util.TreeMap<>();
        for (int round = 1; Files.exists(run.resolve(load + "-" + round + ".txt")); round++) {
            Map<String, String> r = read(run.resolve(load + "-" + round + ".txt"));
            requests += num(r, "requests");
            ok += num(r, "ok", num(r, "requests") - num(r, "failures", 0));
            seconds += num(r, "seconds");
            flows += num(r, "flows");
            non2xx += num(r, "non2xx", 0);
            socketErrors += num(r, "socket_errors", 0);
            failures += num(r, "failures", 0);
            r.forEach((k, v) -> {
                if (k.startsWith("status_")) {
                    statuses.merge(k, Double.parseDouble(v), Double::sum);
                }
            });
            Path lat = run.resolve(load + "-" + round + ".lat");
            if (Files.exists(lat)) {
                long[] more = Files.readAllLines(lat).stream().filter(l -> !l.isBlank())
                        .mapToLong(l -> (long) Double.parseDouble(l.trim())).toArray();
                long[] both = java.util.Arrays.copyOf(latencies, latencies.length + more.length);
                System.arraycopy(more, 0, both, latencies.length, more.length);
                latencies = both;
            }
        }
        java.util.Arrays.sort(latencies);
        Map<String, String> m = new HashMap<>();
        // throughput counts successful requests only: a fast error is not work done
        m.put("rps", String.valueOf(seconds > 0 ? ok / seconds : Double.NaN));
        m.put("all_rps", String.valueOf(seconds > 0 ? requests / seconds : Double.NaN));
        m.put("flows_per_s", String.valueOf(seconds > 0 ? flows / seconds : Double.NaN));
        m.put("p50_ms", String.valueOf(Stats.pct(latencies, 50) / 1000.0));
        m.put("p99_ms", String.valueOf(Stats.pct(latencies, 99) / 1000.0));
        m.put("non2xx", String.valueOf(non2xx));
        m.put("socket_errors", String.valueOf(socketErrors));
        m.put("failures", String.valueOf(failures));
        m.put("seconds", String.valueOf(seconds));
        StringBuilder breakdown = new StringBuilder();
        statuses.forEach((k, v) -> {
            // status_500_step_0 -> "500 on PUT": the flow's step 0 is the PUT, 1..5 its events
            String[] p = k.split("_");
            breakdown.append(breakdown.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f x %s on %s",
                    v, p[1], "0".equals(p[3]) ? "PUT" : "event " + p[3]));
        });
        m.put("breakdown", breakdown.toString());
        return m;
    }

    private static double num(Map<String, String> values, String key, double otherwise) {
        return values.containsKey(key) ? num(values, key) : otherwise;
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

    private static double num(Map<String, String> values, String key) {
        String v = values.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }
}
