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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Tokens;

/**
 * Scenario 1 of chaos/run.sh: a steady write load through the API while the script stops the database
 * for a while and starts it again.
 *
 * Each worker is one client creating customers one after another (POST /api/v1/customers), each with its
 * own Idempotency-Key. A write the client has no 2xx for (503, no answer) is retried with the same key
 * after Retry-After, as a careful client does, until it is acknowledged. Every attempt is recorded: time,
 * status, latency, Content-Type, Retry-After. After the load and the retries, the customers stored under
 * this run's code prefix are read with JDBC and compared with the acknowledged ones.
 *
 * Usage: ChaosWrites baseUrl jdbcUrl privateKeyPem runDir loadSeconds workers
 * The script writes runDir/db-stopped, db-started and db-ready (epoch ms) as it acts on the database.
 */
public final class ChaosWrites {

    record Attempt(long start, long end, int status, String contentType, String retryAfter, String error) {
        long latency() {
            return end - start;
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final long DRAIN_MS = 120_000;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        Tokens tokens = new Tokens(Path.of(args[2]));
        Path runDir = Path.of(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int workers = Integer.parseInt(args[5]);
        String run = "CHAOS-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // code -> id
        Map<String, Integer> rejected = new ConcurrentHashMap<>();
        List<String> unacknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.currentTimeMillis();
        long stopNew = started + seconds * 1000L;
        long giveUp = stopNew + DRAIN_MS;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            String token = tokens.person("chaos-writer-" + worker, "admin");
            pool.submit(() -> {
                // ramp up over the first seconds, as a load balancer's slow start does for a fresh instance
                sleep(worker * 250L);
                for (int seq = 0; System.currentTimeMillis() < stopNew; seq++) {
                    String code = run + "-" + worker + "-" + seq;
                    String key = UUID.randomUUID().toString();
                    String body = "{\"code\":\"" + code + "\",\"name\":\"混沌测试客户 " + seq + "\",\"relationship\":\"END_USER\","
                            + "\"importance\":\"ORDINARY\",\"region\":\"EAST\",\"province\":\"江苏\",\"doNotCall\":false}";
                    while (true) {
                        Attempt attempt;
                        String answer = null;
                        long t0 = System.currentTimeMillis();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/customers"))
                                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            attempt = new Attempt(t0, System.currentTimeMillis(), r.statusCode(),
                                    r.headers().firstValue("Content-Type").orElse(""),
                                    r.headers().firstValue("Retry-After").orElse(null), null);
                            answer = r.body();
                        } catch (IOException | InterruptedException e) {
                            attempt = new Attempt(t0, System.currentTimeMillis(), 0, "", null, e.toString());
                        }
                        attempts.add(attempt);
                        if (attempt.status() >= 200 && attempt.status() < 300) {
                            Matcher id = ID.matcher(answer);
                            acknowledged.put(code, id.find() ? id.group(1) : "?");
                            break;
                        }
                        boolean retry = attempt.status() == 0 || attempt.status() == 409 || attempt.status() == 429
                                || attempt.status() >= 500;
                        if (!retry) {
                            rejected.merge(attempt.status() + " " + abbreviate(answer), 1, Integer::sum);
                            break;
                        }
                        if (System.currentTimeMillis() > giveUp) {
                            unacknowledged.add(code);
                            break;
                        }
                        sleep(attempt.retryAfter() == null ? 1000 : Math.min(10_000, 1000L * Long.parseLong(attempt.retryAfter())));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + DRAIN_MS / 1000 + 120, TimeUnit.SECONDS);
        long finished = System.currentTimeMillis();

        // what the database holds
        Map<String, String> stored = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        try (Connection c = Jdbc.connect(jdbc);
                PreparedStatement s = c.prepareStatement("SELECT code, id FROM customers WHERE code LIKE ?")) {
            s.setString(1, run + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), Ids.uuid(r.getBytes(2)).toString());
                    copies.merge(r.getString(1), 1, Integer::sum);
                }
            }
        }
        long stopped = read(runDir.resolve("db-stopped"));
        long restarted = read(runDir.resolve("db-started"));
        long ready = read(runDir.resolve("db-ready"));

        List<Attempt> all = new ArrayList<>(attempts);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        all.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        List<Attempt> errors = all.stream().filter(a -> a.status() >= 500).toList();
        long not503 = errors.stream().filter(a -> a.status() != 503).count();
        long notProblem = errors.stream().filter(a -> !a.contentType().startsWith("application/problem+json")).count();
        long noRetryAfter = errors.stream().filter(a -> a.retryAfter() == null).count();
        long noAnswer = all.stream().filter(a -> a.status() == 0).count();
        long maxErrorLatency = errors.stream().mapToLong(Attempt::latency).max().orElse(0);
        long windowEnd = ready + 5000;
        List<Attempt> outage = all.stream().filter(a -> a.end() >= stopped && a.start() <= windowEnd).toList();
        long maxOutageErrorLatency = outage.stream().filter(a -> a.status() >= 500).mapToLong(Attempt::latency).max()
                .orElse(0);
        long outageErrors = outage.stream().filter(a -> a.status() >= 500).count();
        long hangs = all.stream().filter(a -> a.latency() >= 30_000).count();
        long maxLatency = all.stream().mapToLong(Attempt::latency).max().orElse(0);
        long slow = all.stream().filter(a -> a.latency() >= 5000).count();
        long firstOk = all.stream().filter(a -> a.status() >= 200 && a.status() < 300 && a.start() >= ready)
                .mapToLong(Attempt::end).min().orElse(-1);
        long lastError = all.stream().filter(a -> a.status() >= 500 || a.status() == 0).mapToLong(Attempt::end).max()
                .orElse(-1);
        long ackedNotStored = acknowledged.keySet().stream().filter(code -> !stored.containsKey(code)).count();
        long storedNotAcked = stored.keySet().stream().filter(code -> !acknowledged.containsKey(code)).count();
        long idMismatch = acknowledged.entrySet().stream()
                .filter(e -> stored.containsKey(e.getKey()) && !stored.get(e.getKey()).equals(e.getValue())).count();
        long duplicates = copies.values().stream().filter(n -> n > 1).count();

        StringBuilder out = new StringBuilder();
        out.append(String.format("scenario 1, database outage under write load (%d clients, %d s of new writes, run %s)%n",
                workers, seconds, run));
        out.append(String.format("  database stopped at +%.1f s for %.1f s (restarted at +%.1f s, accepting connections at +%.1f s)%n",
                (stopped - started) / 1e3, (restarted - stopped) / 1e3, (restarted - started) / 1e3, (ready - started) / 1e3));
        out.append(String.format("  writes: %d started, %d acknowledged (2xx), %d stored, %d acknowledged but not stored, "
                + "%d stored but never acknowledged, %d with another id, %d duplicate codes, %d given up, %d refused%n",
                acknowledged.size() + unacknowledged.size() + rejected.values().stream().mapToInt(i -> i).sum(),
                acknowledged.size(), stored.size(), ackedNotStored, storedNotAcked, idMismatch, duplicates,
                unacknowledged.size(), rejected.values().stream().mapToInt(i -> i).sum()));
        out.append(String.format("  attempts: %d, by status %s%n", all.size(), byStatus));
        out.append(String.format("  5xx answers: %d (not 503: %d, not problem+json: %d, without Retry-After: %d); no answer at all: %d%n",
                errors.size(), not503, notProblem, noRetryAfter, noAnswer));
        out.append(String.format("  outage (database stopped until 5 s after it accepted connections again): %d answers, "
                + "%d of them 5xx, slowest 5xx %d ms%n", outage.size(), outageErrors, maxOutageErrorLatency));
        out.append(String.format("  whole run: slowest 5xx %d ms, slowest answer %d ms, answers of 5 s or more %d, of 30 s or more (hangs) %d%n",
                maxErrorLatency, maxLatency, slow, hangs));
        out.append(String.format("  recovery: first 2xx %.1f s after the database accepted connections again "
                + "(%.1f s after its restart); last error at +%.1f s; all retries settled at +%.1f s%n",
                firstOk < 0 ? -1 : (firstOk - ready) / 1e3, firstOk < 0 ? -1 : (firstOk - restarted) / 1e3,
                (lastError - started) / 1e3, (finished - started) / 1e3));
        rejected.forEach((k, v) -> out.append("  refused ").append(v).append("x: ").append(k).append('\n'));
        boolean ok = ackedNotStored == 0 && storedNotAcked == 0 && idMismatch == 0 && duplicates == 0
                && unacknowledged.isEmpty() && rejected.isEmpty() && not503 == 0 && notProblem == 0 && noRetryAfter == 0
                && noAnswer == 0 && hangs == 0 && maxOutageErrorLatency < 5000 && outageErrors > 0;
        out.append("  verdict: ").append(ok ? "PASS (acknowledged = stored, every 5xx a prompt 503 problem with Retry-After)"
                : "FAIL").append('\n');
        System.out.print(out);
        Files.writeString(runDir.resolve("scenario1.txt"), out.toString());
        List<String> lines = new ArrayList<>();
        all.stream().sorted((a, b) -> Long.compare(a.start(), b.start())).forEach(a -> lines.add((a.start() - started)
                + "\t" + a.latency() + "\t" + a.status() + "\t" + (a.retryAfter() == null ? "" : a.retryAfter()) + "\t"
                + (a.error() == null ? "" : a.error())));
        Files.write(runDir.resolve("scenario1-attempts.tsv"), lines);
        System.exit(ok ? 0 : 2);
    }

    static long read(Path file) throws IOException {
        return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : -1;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
