package io.fieldback.bench.followups;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fieldback.bench.Http;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Stats;
import io.fieldback.bench.Tokens;

/**
 * The agents: A threads, each one agent with its own token and connection, trained on two of the ten
 * product lines, loop "POST /api/v1/followups/next, then POST /followups/{id}/attempts" for the warm-up
 * and then the measured seconds. 80% of attempts are COMPLETED with the standard questionnaire (some
 * with a low score, so escalations are raised too), 20% NO_ANSWER (the call then waits two hours).
 *
 * Proves that no call was handed out twice, both from the answers (no call id handed to two agents) and
 * by count in the database (no call with more than one attempt; attempts = calls handed out).
 *
 * Usage: Load <baseUrl> <privateKeyPem> <jdbcUrl> <agents> <warmupSeconds> <seconds> <resultsFile> <commit>
 */
public final class Load {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Tokens tokens = new Tokens(Path.of(args[1]));
        String jdbc = args[2];
        int agents = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        Path results = Path.of(args[6]);
        String commit = args[7];

        HttpClient admin = Http.client();
        String adminToken = tokens.person("bench-admin", "admin");
        for (int a = 0; a < agents; a++) {
            String body = "{\"name\":\"坐席 " + a + "\",\"productLines\":[\"" + line(a) + "\",\"" + line(a + 3) + "\"]}";
            HttpResponse<String> put = admin.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/followups/agents/"
                    + agent(a))).header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() != 201 && put.statusCode() != 200) {
                throw new IllegalStateException("agent profile: " + put.statusCode() + " " + put.body());
            }
        }

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        Map<String, Set<String>> handedTo = new ConcurrentHashMap<>();
        List<long[]> nextLatencies = new ArrayList<>();
        List<long[]> attemptLatencies = new ArrayList<>();
        AtomicLong claims = new AtomicLong();
        AtomicLong empty = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong attemptsOk = new AtomicLong();
        AtomicLong sameAgentAgain = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(agents);
        for (int a = 0; a < agents; a++) {
            String name = agent(a);
            String token = tokens.person(name, "agent");
            long[] nextLat = new long[1_000_000];
            long[] attemptLat = new long[1_000_000];
            int index = a;
            synchronized (nextLatencies) {
                nextLatencies.add(null);
                attemptLatencies.add(null);
            }
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                int n = 0;
                int m = 0;
                Set<String> mine = new HashSet<>();
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> next = http.send(request(base + "/api/v1/followups/next", token, "")
                                .build(), HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        boolean measured = t0 >= measureFrom && t1 <= end;
                        if (measured && n < nextLat.length) {
                            nextLat[n++] = t1 - t0;
                        }
                        if (next.statusCode() == 204) {
                            empty.incrementAndGet();
                            Thread.sleep(20);
                            continue;
                        }
                        if (next.statusCode() != 200) {
                            fail(errors, firstErrors, "next " + next.statusCode() + " " + next.body());
                            continue;
                        }
                        Matcher id = ID.matcher(next.body());
                        if (!id.find()) {
                            fail(errors, firstErrors, "next: no id in " + next.body());
                            continue;
                        }
                        String call = id.group(1);
                        if (!mine.add(call)) {
                            sameAgentAgain.incrementAndGet();
                        }
                        handedTo.computeIfAbsent(call, k -> ConcurrentHashMap.newKeySet()).add(name);
                        if (measured) {
                            claims.incrementAndGet();
                        }
                        long t2 = System.nanoTime();
                        HttpResponse<String> attempt = http.send(request(base + "/api/v1/followups/" + call
                                + "/attempts", token, attemptBody()).build(), HttpResponse.BodyHandlers.ofString());
                        long t3 = System.nanoTime();
                        if (t2 >= measureFrom && t3 <= end && m < attemptLat.length) {
                            attemptLat[m++] = t3 - t2;
                        }
                        if (attempt.statusCode() == 201) {
                            attemptsOk.incrementAndGet();
                        } else {
                            fail(errors, firstErrors, "attempt " + attempt.statusCode() + " " + attempt.body());
                        }
                    }
                } catch (Exception e) {
                    fail(errors, firstErrors, "agent " + name + ": " + e);
                } finally {
                    synchronized (nextLatencies) {
                        nextLatencies.set(index, Arrays.copyOf(nextLat, n));
                        attemptLatencies.set(index, Arrays.copyOf(attemptLat, m));
                    }
                    done.countDown();
                }
            }, name);
            thread.start();
        }
        done.await();

        long[] next = merge(nextLatencies);
        long[] attempt = merge(attemptLatencies);
        long twice = handedTo.values().stream().filter(agentsOfCall -> agentsOfCall.size() > 1).count();
        long handedOut = handedTo.size();
        long dbCallsWithSeveralAttempts;
        long dbAttempts;
        long dbCallsAttempted;
        try (Connection c = Jdbc.connect(jdbc);
                ResultSet several = c.createStatement().executeQuery("SELECT COUNT(*) FROM (SELECT followup_id FROM "
                        + "followup_attempts GROUP BY followup_id HAVING COUNT(*) > 1) x")) {
            several.next();
            dbCallsWithSeveralAttempts = several.getLong(1);
            try (ResultSet counts = c.createStatement().executeQuery(
                    "SELECT COUNT(*), COUNT(DISTINCT followup_id) FROM followup_attempts")) {
                counts.next();
                dbAttempts = counts.getLong(1);
                dbCallsAttempted = counts.getLong(2);
            }
        }

        double claimsPerSecond = claims.get() / (double) seconds;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n== follow-up call queue: %d agents, %d s measured (after %d s warm-up) ==%n",
                agents, seconds, warmup));
        out.append(String.format("claims/s            %10.1f   (%,d claims measured; %,d answers 204)%n",
                claimsPerSecond, claims.get(), empty.get()));
        out.append(String.format("next latency ms     p50 %6.1f   p95 %6.1f   p99 %6.1f   max %6.1f   (%,d requests)%n",
                ms(next, 0.50), ms(next, 0.95), ms(next, 0.99), ms(next, 1.0), next.length));
        out.append(String.format("attempt latency ms  p50 %6.1f   p95 %6.1f   p99 %6.1f   max %6.1f%n",
                ms(attempt, 0.50), ms(attempt, 0.95), ms(attempt, 0.99), ms(attempt, 1.0)));
        out.append(String.format("errors              %d%s%n", errors.get(),
                firstErrors.isEmpty() ? "" : "   first: " + firstErrors.get(0)));
        out.append(String.format("handed out (whole run): %,d distinct calls; to two agents: %d; again to the same agent: %d%n",
                handedOut, twice, sameAgentAgain.get()));
        out.append(String.format("database: %,d attempts on %,d calls; calls with more than one attempt: %d%n",
                dbAttempts, dbCallsAttempted, dbCallsWithSeveralAttempts));
        boolean ok = twice == 0 && dbCallsWithSeveralAttempts == 0 && dbAttempts == attemptsOk.get()
                && dbCallsAttempted == attemptsOk.get();
        out.append(ok ? "PASS: no call was handed out twice\n" : "FAIL: a call was handed out twice (see above)\n");
        System.out.print(out);

        if (!Files.exists(results)) {
            Files.writeString(results, "# Follow-up queue benchmark results (bench/run-followups.sh)\n\n"
                    + "| date | commit | agents | s | claims/s | next p50 ms | next p99 ms | attempt p99 ms | errors | twice | cores |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        }
        Files.writeString(results, String.format("| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %d |%n",
                LocalDate.now(), commit, agents, seconds, claimsPerSecond, ms(next, 0.5), ms(next, 0.99),
                ms(attempt, 0.99), errors.get(), twice, Runtime.getRuntime().availableProcessors()),
                StandardOpenOption.APPEND);
        System.exit(ok ? 0 : 1);
    }

    private static HttpRequest.Builder request(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String attemptBody() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(100) < 20) {
            return "{\"outcome\":\"NO_ANSWER\",\"durationSeconds\":25}";
        }
        int quality = random.nextInt(100) < 10 ? 2 : 4 + random.nextInt(2);
        return "{\"outcome\":\"COMPLETED\",\"durationSeconds\":" + (40 + random.nextInt(300))
                + ",\"questionnaireVersion\":1,\"answers\":["
                + "{\"item\":\"quality_satisfied\",\"value\":" + (quality > 2) + "},"
                + "{\"item\":\"quality_score\",\"value\":" + quality + "},"
                + "{\"item\":\"attitude_satisfied\",\"value\":true},{\"item\":\"attitude_score\",\"value\":5},"
                + "{\"item\":\"speed_satisfied\",\"value\":true},{\"item\":\"speed_score\",\"value\":" + (4 + random.nextInt(2)) + "},"
                + "{\"item\":\"proactive_satisfied\",\"value\":true},{\"item\":\"proactive_score\",\"value\":5}"
                + (quality == 2 ? ",{\"item\":\"other_feedback\",\"value\":\"发动机异响\",\"problem\":true}" : "") + "]}";
    }

    private static void fail(AtomicLong errors, List<String> firstErrors, String what) {
        errors.incrementAndGet();
        if (firstErrors.size() < 5) {
            firstErrors.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
    }

    private static String agent(int a) {
        return String.format("bench-agent-%02d", a);
    }

    private static String line(int i) {
        return String.format("BL-%02d", i % 10);
    }

    private static long[] merge(List<long[]> parts) {
        long[] all = parts.stream().filter(p -> p != null).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? Double.NaN : Stats.pct(sorted, quantile * 100) / 1e6;
    }
}
