package io.fieldback.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fieldback.bench.Http;
import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Tokens;
import io.fieldback.bench.repairorders.RepairOrders;
import io.fieldback.bench.survey.SurveyBench;

/**
 * Scenario 2 of chaos/run.sh: the app is killed (SIGKILL) in the middle of a large write, restarted, and
 * the client replays its request as a retrying client would; then the database must hold every item
 * exactly once, with no duplicate side effect (timeline events, outbox events).
 *
 * Each large write is a {@link Step}. Today: the dealer bulk upsert (PUT /api/v1/dealer/repair-orders,
 * 5,000 orders). The survey import (POST /api/v1/survey-batches) is being built in parallel; it becomes a
 * second Step here (prepare a vendor and its CSV/JSON rows, send, replay with the same Idempotency-Key,
 * count survey result rows by the vendor's row ids) and a second `kill_and_replay survey-import` line in
 * chaos/run.sh.
 *
 * Usage: KillReplay prepare|kill|replay step baseUrl jdbcUrl privateKeyPem runDir [appPid]
 *   prepare  builds the request (and sends a warm-up one of the same size to time it)
 *   kill     sends it and SIGKILLs the app (pid) halfway through the warm-up's duration
 *   replay   (after the script restarted the app) sends it again, twice, and checks the database
 */
public final class KillReplay {

    interface Step {
        /** Builds the request body into runDir and returns a warm-up body of the same size. */
        String prepare(Connection c, Path runDir) throws Exception;

        HttpRequest request(String base, String body);

        /** Checks the database after the replays; returns the report lines, and whether all is well. */
        Result verify(Connection c, Path runDir) throws Exception;

        /** The status of an accepted first request. */
        default int acceptedStatus() {
            return 200;
        }

        /** Waits for the work an accepted request started after answering (the survey import); nothing by default. */
        default void settle(HttpClient http, String base, HttpResponse<String> accepted) throws Exception {
        }

        /** Whether the client's retry number {@code round} (1 or 2) was answered as it must be; says what it saw. */
        default boolean replayAnswered(int round, HttpResponse<String> r, StringBuilder out, String name) {
            Map<String, Integer> statuses = countStatuses(r.body());
            out.append(String.format("  %s: replay %d answered %d, items %s%n", name, round, r.statusCode(), statuses));
            boolean ok = r.statusCode() == 200 && !statuses.containsKey("REJECTED") && !statuses.containsKey("STALE");
            return round == 2 ? ok && statuses.keySet().equals(java.util.Set.of("UNCHANGED")) : ok;
        }
    }

    record Result(String report, boolean ok) {
    }

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        String base = args[2];
        String jdbc = args[3];
        Tokens tokens = new Tokens(Path.of(args[4]));
        Path runDir = Path.of(args[5]);
        String name = args[1];
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Path bodyFile = runDir.resolve(name + "-body.json");
        try (Connection c = Jdbc.connect(jdbc)) {
            Step step = switch (name) {
                case "dealer-bulk" -> new DealerBulk(c, tokens);
                case "survey-import" -> new SurveyImport(c, tokens);
                default -> throw new IllegalArgumentException("unknown step " + name);
            };
            switch (phase) {
                case "prepare" -> {
                    String warmup = step.prepare(c, runDir);
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(step.request(base, warmup), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != step.acceptedStatus()) {
                        throw new IllegalStateException("warm-up answered " + r.statusCode() + ": " + r.body());
                    }
                    step.settle(http, base, r);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    Files.writeString(runDir.resolve(name + "-ms"), Long.toString(ms));
                    System.out.printf("  %s: warm-up request of the same size took %d ms%n", name, ms);
                }
                case "kill" -> {
                    long pid = Long.parseLong(args[6]);
                    long ms = Long.parseLong(Files.readString(runDir.resolve(name + "-ms")).trim());
                    long killAfter = Math.max(50, ms / 2);
                    CompletableFuture<HttpResponse<String>> pending = http.sendAsync(
                            step.request(base, Files.readString(bodyFile)), HttpResponse.BodyHandlers.ofString());
                    Thread.sleep(killAfter);
                    boolean killed = ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
                    String seen;
                    try {
                        HttpResponse<String> r = pending.get();
                        seen = "answer " + r.statusCode() + " (the request finished before the kill)";
                    } catch (Exception e) {
                        seen = "no answer (" + e.getCause().getClass().getSimpleName() + ")";
                    }
                    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
                    String line = String.format("  %s: app (pid %d) killed with SIGKILL %d ms into the request (%s); client saw %s%n",
                            name, pid, killAfter, killed ? "sent" : "NOT SENT", seen);
                    System.out.print(line);
                    Files.writeString(runDir.resolve(name + "-kill.txt"), line);
                }
                case "replay" -> {
                    String body = Files.readString(bodyFile);
                    StringBuilder out = new StringBuilder(Files.readString(runDir.resolve(name + "-kill.txt")));
                    out.append(String.format("  %s: %s%n", name, step.verify(c, runDir).report().lines()
                            .filter(l -> l.startsWith("stored")).findFirst().orElse("")).replace("stored", "stored after the kill, before any retry:"));
                    boolean ok = true;
                    for (int round = 1; round <= 2; round++) {
                        HttpResponse<String> r = send(http, step.request(base, body));
                        ok &= step.replayAnswered(round, r, out, name);
                        if (r.statusCode() == step.acceptedStatus()) {
                            step.settle(http, base, r);
                        }
                    }
                    Result result = step.verify(c, runDir);
                    result.report().lines().forEach(l -> out.append("  ").append(name).append(": ").append(l).append('\n'));
                    ok &= result.ok();
                    out.append("  ").append(name).append(": verdict ").append(ok ? "PASS (no duplicate, no missing row)" : "FAIL")
                            .append('\n');
                    System.out.print(out);
                    Files.writeString(runDir.resolve(name + "-result.txt"), out.toString());
                    System.exit(ok ? 0 : 2);
                }
                default -> throw new IllegalArgumentException(phase);
            }
        }
    }

    /** The client's retry: again until the app answers (it may still be warming up). */
    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        for (int i = 0;; i++) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 503 || i > 20) {
                    return r;
                }
            } catch (IOException e) {
                if (i > 20) {
                    throw e;
                }
            }
            Thread.sleep(1000);
        }
    }

    private static Map<String, Integer> countStatuses(String body) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"").matcher(body);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts;
    }

    /** PUT /api/v1/dealer/repair-orders with 5,000 new completed orders of seeded dealer 0. */
    static final class DealerBulk implements Step {
        static final int ITEMS = Integer.getInteger("chaos.bulk.items", 5000);
        private final RepairOrders.Dealer dealer;
        private final String token;

        DealerBulk(Connection c, Tokens tokens) throws Exception {
            dealer = RepairOrders.Dealer.load(c, "BENCH-DLR-0");
            token = tokens.dealer("chaos-dms", dealer.id());
        }

        @Override
        public String prepare(Connection c, Path runDir) throws Exception {
            RepairOrders orders = new RepairOrders(dealer, Instant.now());
            Files.writeString(runDir.resolve("dealer-bulk-body.json"), body(orders, "CHAOS-RO-", 0));
            return body(orders, "CHAOS-WARM-", ITEMS);
        }

        private static String body(RepairOrders orders, String prefix, int offset) {
            StringBuilder b = new StringBuilder("{\"items\":[");
            for (int i = 0; i < ITEMS; i++) {
                if (i > 0) {
                    b.append(',');
                }
                RepairOrders.json(b, orders.completed(prefix + i, offset + i));
            }
            return b.append("]}").toString();
        }

        @Override
        public HttpRequest request(String base, String body) {
            return HttpRequest.newBuilder(URI.create(base + "/api/v1/dealer/repair-orders")).timeout(Duration.ofSeconds(300))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        }

        @Override
        public Result verify(Connection c, Path runDir) throws Exception {
            String numbers = "SELECT id FROM visits WHERE dealer_id = ? AND repair_order_number LIKE 'CHAOS-RO-%'";
            long stored = count(c, "SELECT COUNT(*) FROM visits WHERE dealer_id = ? AND repair_order_number LIKE 'CHAOS-RO-%'");
            long distinct = count(c, "SELECT COUNT(DISTINCT repair_order_number) FROM visits WHERE dealer_id = ? "
                    + "AND repair_order_number LIKE 'CHAOS-RO-%'");
            long duplicateTimeline = count(c, "SELECT COUNT(*) FROM (SELECT visit_id, type FROM visit_events WHERE visit_id IN ("
                    + numbers + ") GROUP BY visit_id, type HAVING COUNT(*) > 1) d");
            long duplicateOutbox = count(c, "SELECT COUNT(*) FROM (SELECT aggregate_id, topic FROM domain_events WHERE aggregate_id IN ("
                    + numbers + ") GROUP BY aggregate_id, topic HAVING COUNT(*) > 1) d");
            long outbox = count(c, "SELECT COUNT(*) FROM domain_events WHERE aggregate_id IN (" + numbers + ")");
            String report = String.format("stored %d of %d orders%n"
                    + "database: %d orders stored, %d distinct numbers, %d missing, %d duplicated; timeline duplicates %d; "
                    + "outbox events %d, duplicated %d%n", stored, ITEMS, stored, distinct, ITEMS - distinct, stored - distinct,
                    duplicateTimeline, outbox, duplicateOutbox);
            return new Result(report, stored == ITEMS && distinct == ITEMS && duplicateTimeline == 0 && duplicateOutbox == 0);
        }

        private long count(Connection c, String sql) throws Exception {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setBytes(1, Ids.bytes(dealer.id()));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
    }

    /**
     * POST /api/v1/survey-batches with a 20,000-row CSV; the app answers 202 and imports afterwards, so the kill
     * lands in the import (half the warm-up's upload-plus-import time). The retry is the same upload under the
     * same batch id: a replay (or the first acceptance, if the kill came before the batch was recorded); the
     * import resumes from its last checkpoint once the dead instance's lease has run out.
     */
    static final class SurveyImport implements Step {
        static final int ROWS = Integer.getInteger("chaos.survey.rows", 20000);
        static final String BATCH = "CHAOS-S1";
        private final byte[] vendorId = Ids.bytes(java.util.UUID.randomUUID());
        private final String token;
        /** Set while preparing: the warm-up upload goes under a batch id of its own. */
        private boolean warmup;

        SurveyImport(Connection c, Tokens tokens) throws Exception {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM vendors WHERE code = 'CHAOS-VND'")) {
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        System.arraycopy(r.getBytes(1), 0, vendorId, 0, 16);
                    } else {
                        try (PreparedStatement i = c.prepareStatement("INSERT INTO vendors (id, code, name, active, version, "
                                + "created_at, updated_at) VALUES (?, 'CHAOS-VND', '故障演练调查公司', TRUE, 0, NOW(6), NOW(6))")) {
                            i.setBytes(1, vendorId);
                            i.executeUpdate();
                        }
                    }
                }
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(vendorId);
            token = tokens.vendor("chaos-vendor", new java.util.UUID(b.getLong(), b.getLong()));
        }

        @Override
        public String prepare(Connection c, Path runDir) throws Exception {
            Path file = runDir.resolve("survey-import-body.json"); // the name the runner reads; the content is CSV
            SurveyBench.generate(file, ROWS);
            warmup = true;
            return Files.readString(file);
        }

        @Override
        public HttpRequest request(String base, String body) {
            // the warm-up sends the same rows under a batch id of its own
            String batch = warmup ? "CHAOS-WARM-" + System.nanoTime() : BATCH;
            return HttpRequest.newBuilder(URI.create(base + "/api/v1/survey-batches?batchId=" + batch
                    + "&questionnaireVersion=1")).timeout(Duration.ofSeconds(300))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        }

        @Override
        public int acceptedStatus() {
            return 202;
        }

        @Override
        public void settle(HttpClient http, String base, HttpResponse<String> accepted) throws Exception {
            String id = Http.field(accepted.body(), "id");
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> r;
                try {
                    r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/survey-batches/" + id))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    Thread.sleep(500);
                    continue;
                }
                String status = r.statusCode() == 200 ? Http.field(r.body(), "status") : "";
                if (status.equals("DONE") || status.equals("FAILED")) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("batch " + id + " did not finish in 5 minutes");
        }

        @Override
        public boolean replayAnswered(int round, HttpResponse<String> r, StringBuilder out, String name) {
            String replay = r.headers().firstValue("X-Replay").orElse("-");
            out.append(String.format("  %s: retry %d answered %d (X-Replay: %s), batch status %s%n", name, round,
                    r.statusCode(), replay, r.statusCode() == 202 ? Http.field(r.body(), "status") : "-"));
            return r.statusCode() == 202 && (round == 1 || replay.equals("true"));
        }

        @Override
        public Result verify(Connection c, Path runDir) throws Exception {
            String batch = "(SELECT id FROM survey_batches WHERE vendor_id = ? AND vendor_batch_id = '" + BATCH + "')";
            long batches = count(c, "SELECT COUNT(*) FROM survey_batches WHERE vendor_id = ? AND vendor_batch_id = '" + BATCH + "'");
            long stored = count(c, "SELECT COUNT(*) FROM survey_results WHERE batch_id IN " + batch);
            long distinct = count(c, "SELECT COUNT(DISTINCT vendor_row_id) FROM survey_results WHERE batch_id IN " + batch);
            long answers = count(c, "SELECT COUNT(*) FROM survey_result_answers a JOIN survey_results r ON r.id = a.result_id "
                    + "WHERE r.batch_id IN " + batch);
            long rejections = count(c, "SELECT COUNT(*) FROM survey_batch_rejections WHERE batch_id IN " + batch);
            long accepted = count(c, "SELECT COALESCE(MAX(accepted_rows), 0) FROM survey_batches WHERE vendor_id = ? "
                    + "AND vendor_batch_id = '" + BATCH + "' AND status = 'DONE'");
            String report = String.format("stored %d of %d rows%n"
                    + "database: %d batch(es) %s, %d rows stored, %d distinct row ids, %d missing, %d duplicated, "
                    + "%d answers, %d rejections; batch says accepted %d%n", stored, ROWS, batches, BATCH, stored, distinct,
                    ROWS - distinct, stored - distinct, answers, rejections, accepted);
            return new Result(report, batches == 1 && stored == ROWS && distinct == ROWS && accepted == ROWS
                    && rejections == 0);
        }

        private long count(Connection c, String sql) throws Exception {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 1; i <= sql.chars().filter(ch -> ch == '?').count(); i++) {
                    s.setBytes(i, vendorId);
                }
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
    }
}
