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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Tokens;
import io.fieldback.bench.repairorders.RepairOrders;

/**
 * The steady load of chaos/cluster.sh, through HAProxy over both app instances, while the script kills the
 * writing database node and one app instance and starts them again (issue 22).
 *
 * Writers: customer creations (POST /api/v1/customers, each with its own Idempotency-Key, the way the phone
 * app and the back office write) and a dealer system's upserts (PUT /api/v1/dealer/repair-orders, batches of
 * completed orders; a PUT is idempotent by order number). An attempt without a 2xx (5xx, 502 from HAProxy, no
 * answer) is retried after Retry-After with the same key/body until acknowledged. Then the database is checked:
 * acknowledged = stored (by code / order number), no duplicates; every dealer event of these orders numbered in
 * the change feed once, in the order it happened; one follow-up call row per completed visit.
 *
 * Usage: ClusterChaos baseUrl jdbcUrl privateKeyPem runDir loadSeconds workers
 * The longest outage is the longest time in which no write was acknowledged to any client.
 */
public final class ClusterChaos {

    record Attempt(long start, long end, int status) {
    }

    static final long DRAIN_MS = 120_000;
    static final int ORDERS_PER_PUT = 10;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final Set<String> customers = ConcurrentHashMap.newKeySet();
    private final Set<String> orders = ConcurrentHashMap.newKeySet();
    private final List<String> givenUp = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();
    private final String base;
    private final String run = "CL" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private long stopNew;
    private long giveUp;

    private ClusterChaos(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        ClusterChaos chaos = new ClusterChaos(args[0]);
        String jdbc = args[1];
        Tokens tokens = new Tokens(Path.of(args[2]));
        Path runDir = Path.of(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int workers = Integer.parseInt(args[5]);
        RepairOrders.Dealer dealer;
        try (Connection c = Jdbc.connect(jdbc)) {
            dealer = RepairOrders.Dealer.load(c, "BENCH-DLR-0");
        }
        long started = System.currentTimeMillis();
        chaos.stopNew = started + seconds * 1000L;
        chaos.giveUp = chaos.stopNew + DRAIN_MS;
        ExecutorService pool = Executors.newFixedThreadPool(workers + 2);
        for (int w = 0; w < workers; w++) {
            String token = tokens.person("chaos-writer-" + w, "admin");
            int worker = w;
            pool.submit(() -> chaos.customers(worker, token));
        }
        RepairOrders builder = new RepairOrders(dealer, Instant.now());
        String dms = tokens.dealer("chaos-dms", dealer.id());
        for (int w = 0; w < 2; w++) {
            int worker = w;
            pool.submit(() -> chaos.dealerUpserts(worker, dms, builder));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + DRAIN_MS / 1000 + 120, TimeUnit.SECONDS);
        long finished = System.currentTimeMillis();
        try (Connection c = Jdbc.connect(jdbc)) {
            String report = chaos.report(c, dealer, runDir, started, finished, workers, seconds);
            System.out.print(report);
            Files.writeString(runDir.resolve("cluster-load.txt"), report);
            System.exit(report.contains("verdict: PASS") ? 0 : 2);
        }
    }

    private Void customers(int worker, String token) {
        sleep(worker * 200L);
        for (int seq = 0; System.currentTimeMillis() < stopNew; seq++) {
            String code = run + "-" + worker + "-" + seq;
            String body = "{\"code\":\"" + code + "\",\"name\":\"集群演练客户 " + seq + "\",\"relationship\":\"END_USER\","
                    + "\"importance\":\"ORDINARY\",\"region\":\"EAST\",\"province\":\"江苏\",\"doNotCall\":false}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/customers"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            if (untilAcknowledged(request, code) != null) {
                customers.add(code);
            }
        }
        return null;
    }

    private Void dealerUpserts(int worker, String token, RepairOrders builder) {
        for (int seq = 0; System.currentTimeMillis() < stopNew; seq++) {
            StringBuilder body = new StringBuilder("{\"items\":[");
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < ORDERS_PER_PUT; i++) {
                String number = run + "-" + worker + "-" + seq + "-" + i;
                numbers.add(number);
                if (i > 0) {
                    body.append(',');
                }
                // orders 10 s apart from 20 days ago: each worker's stay in the past (under 7 days apart)
                RepairOrders.json(body, builder.completed(number, worker * 50_000 + seq * ORDERS_PER_PUT + i));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/dealer/repair-orders"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body.append("]}").toString(), StandardCharsets.UTF_8)).build();
            String answer = untilAcknowledged(request, numbers.get(0));
            if (answer != null && (answer.contains("\"REJECTED\"") || answer.contains("\"STALE\""))) {
                refused.merge("bulk item " + answer.substring(0, Math.min(200, answer.length())), 1, Integer::sum);
            } else if (answer != null) {
                orders.addAll(numbers);
            }
            sleep(200);
        }
        return null;
    }

    /** Sends until a 2xx (its body) or a 4xx other than 409/429 (null) or the drain time ran out (null). */
    private String untilAcknowledged(HttpRequest request, String what) {
        while (true) {
            long t0 = System.currentTimeMillis();
            int status;
            String retryAfter = null;
            String body = "";
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = r.statusCode();
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                body = r.body();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            attempts.add(new Attempt(t0, System.currentTimeMillis(), status));
            if (status >= 200 && status < 300) {
                return body;
            }
            if (status != 0 && status != 409 && status != 429 && status < 500) {
                refused.merge(status + " " + body.substring(0, Math.min(160, body.length())), 1, Integer::sum);
                return null;
            }
            if (System.currentTimeMillis() > giveUp) {
                givenUp.add(what);
                return null;
            }
            sleep(retryAfter == null ? 500 : Math.min(5000, 1000L * Long.parseLong(retryAfter)));
        }
    }

    private String report(Connection c, RepairOrders.Dealer dealer, Path runDir, long started, long finished,
            int workers, int seconds) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(String.format("cluster load: %d customer writers + 2 dealer upserters (%d orders per PUT) for %d s, run %s%n",
                workers, ORDERS_PER_PUT, seconds, run));
        List<Attempt> all = new ArrayList<>(attempts);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        all.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        out.append(String.format("  attempts %d, by status %s (0 = no answer)%n", all.size(), byStatus));
        for (String event : List.of("db-node-killed", "db-node-back", "app-killed", "app-back")) {
            Path file = runDir.resolve(event);
            if (Files.exists(file)) {
                long at = Long.parseLong(Files.readString(file).trim());
                long firstOk = all.stream().filter(a -> a.status() / 100 == 2 && a.start() >= at).mapToLong(Attempt::end)
                        .min().orElse(-1);
                out.append(String.format("  %s at +%.1f s; first write acknowledged after it: %.1f s later%n", event,
                        (at - started) / 1e3, firstOk < 0 ? -1 : (firstOk - at) / 1e3));
            }
        }
        Path appKilled = runDir.resolve("app-killed-at");
        if (Files.exists(appKilled)) {
            // the overlap the kill must have: requests sent before the SIGKILL and answered (or cut) after it
            long at = Long.parseLong(Files.readString(appKilled).trim());
            List<Attempt> cut = all.stream().filter(a -> a.start() < at && a.end() >= at).toList();
            out.append(String.format("  writes in flight when instance 1 was killed: %d (answered 2xx %d, no answer %d, other %d)%n",
                    cut.size(), cut.stream().filter(a -> a.status() / 100 == 2).count(),
                    cut.stream().filter(a -> a.status() == 0).count(),
                    cut.stream().filter(a -> a.status() != 0 && a.status() / 100 != 2).count()));
        }
        out.append(String.format("  longest outage seen by clients (no write acknowledged to anyone): %.1f s%n",
                longestGap(all, started) / 1e3));

        Map<String, Integer> storedCustomers = counts(c, "SELECT code FROM customers WHERE code LIKE ?", run + "-%", null);
        Map<String, Integer> storedOrders = counts(c, "SELECT repair_order_number FROM visits WHERE repair_order_number LIKE ? "
                + "AND dealer_id = ?", run + "-%", dealer.id());
        long customersLost = customers.stream().filter(k -> !storedCustomers.containsKey(k)).count();
        long customersUnacked = storedCustomers.keySet().stream().filter(k -> !customers.contains(k)).count();
        long customerDuplicates = storedCustomers.values().stream().filter(n -> n > 1).count();
        long ordersLost = orders.stream().filter(k -> !storedOrders.containsKey(k)).count();
        long orderDuplicates = storedOrders.values().stream().filter(n -> n > 1).count();
        out.append(String.format("  customers: %d acknowledged, %d stored, %d acknowledged but lost, %d stored but never "
                + "acknowledged (a retry's first try that did commit is replayed, so 0), %d duplicated%n",
                customers.size(), storedCustomers.size(), customersLost, customersUnacked, customerDuplicates));
        out.append(String.format("  dealer orders: %d acknowledged, %d stored, %d acknowledged but lost, %d duplicated%n",
                orders.size(), storedOrders.size(), ordersLost, orderDuplicates));

        Checks jobs = settleJobs(c, dealer, out);
        out.append(String.format("  given up %d, refused %s%n", givenUp.size(), refused));
        boolean ok = customersLost == 0 && customersUnacked == 0 && customerDuplicates == 0 && ordersLost == 0
                && orderDuplicates == 0 && storedOrders.size() == orders.size() && givenUp.isEmpty() && refused.isEmpty()
                && jobs.ok();
        out.append("  verdict: ").append(ok ? "PASS" : "FAIL").append('\n');
        return out.toString();
    }

    record Checks(boolean ok) {
    }

    /** Waits (up to 2 min) for the feed sequencer and the follow-up scheduler to catch up, then checks them. */
    private Checks settleJobs(Connection c, RepairOrders.Dealer dealer, StringBuilder out) throws Exception {
        String visits = "SELECT id FROM visits WHERE repair_order_number LIKE '" + run + "-%'";
        String unsequenced = "SELECT COUNT(*) FROM domain_events WHERE dealer_id = ? AND dealer_feed_seq IS NULL "
                + "AND aggregate_id IN (" + visits + ")";
        String completed = "SELECT COUNT(*) FROM visits WHERE repair_order_number LIKE '" + run + "-%' "
                + "AND status = 'COMPLETED' AND dealer_id = ?";
        String calls = "SELECT COUNT(*) FROM followup_calls WHERE visit_id IN (" + visits + ") AND ? IS NOT NULL";
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline
                && (count(c, unsequenced, dealer.id()) > 0 || count(c, calls, dealer.id()) < count(c, completed, dealer.id()))) {
            sleep(1000);
        }
        long events = count(c, "SELECT COUNT(*) FROM domain_events WHERE dealer_id = ? AND aggregate_id IN (" + visits + ")",
                dealer.id());
        long pending = count(c, unsequenced, dealer.id());
        long distinctSeq = count(c, "SELECT COUNT(DISTINCT dealer_feed_seq) FROM domain_events WHERE dealer_id = ? "
                + "AND aggregate_id IN (" + visits + ")", dealer.id());
        // an aggregate's later event (by its time-ordered id) must never carry a smaller feed number
        long outOfOrder = count(c, "SELECT COUNT(*) FROM domain_events a JOIN domain_events b ON a.aggregate_id = b.aggregate_id "
                + "AND a.id < b.id AND a.dealer_feed_seq > b.dealer_feed_seq WHERE a.dealer_id = ? AND a.aggregate_id IN ("
                + visits + ")", dealer.id());
        long completedVisits = count(c, completed, dealer.id());
        long callRows = count(c, calls, dealer.id());
        long callDuplicates = count(c, "SELECT COUNT(*) FROM (SELECT visit_id FROM followup_calls WHERE visit_id IN ("
                + visits + ") AND ? IS NOT NULL GROUP BY visit_id HAVING COUNT(*) > 1) d", dealer.id());
        out.append(String.format("  dealer change feed: %d events of these orders, %d numbered once each (%d distinct numbers), "
                + "%d not numbered, %d out of order%n", events, events - pending, distinctSeq, pending, outOfOrder));
        out.append(String.format("  follow-up calls: %d completed visits, %d call rows (one per visit: %d visits with more)%n",
                completedVisits, callRows, callDuplicates));
        return new Checks(pending == 0 && distinctSeq == events && outOfOrder == 0 && callRows == completedVisits
                && callDuplicates == 0);
    }

    private static long longestGap(List<Attempt> all, long started) {
        List<Long> oks = all.stream().filter(a -> a.status() / 100 == 2).map(Attempt::end).sorted().toList();
        long longest = 0;
        long previous = started;
        for (long t : oks) {
            longest = Math.max(longest, t - previous);
            previous = t;
        }
        return longest;
    }

    private static Map<String, Integer> counts(Connection c, String sql, String like, UUID dealer) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, like);
            if (dealer != null) {
                s.setBytes(2, Ids.bytes(dealer));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.merge(r.getString(1), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static long count(Connection c, String sql, UUID dealer) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setBytes(1, Ids.bytes(dealer));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
