package io.fieldback.bench.repairorders;

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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fieldback.bench.Http;
import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Stats;
import io.fieldback.bench.Tokens;

/**
 * The dealer-sync benchmark (issue 4), in three steps run by bench/run-repair-orders.sh:
 *
 * <pre>
 * seed  jdbcUrl privateKeyPem runDir orders batchSize warmupBatches [fullBaseline]
 *       after VisitSeed (dealers, stations, customers with their machines): stores, as the API would have, the
 *       repair orders that the run updates (half of the orders; status REQUESTED, so no events), for
 *       dealer 0 (measured) and dealer 1 (warm-up); writes the two dealers' tokens.
 * load  baseUrl jdbcUrl runDir orders batchSize warmupBatches [fullBaseline]
 *       warm-up batches (dealer 1), then batch by batch, alternating which goes first:
 *         API:  PUT /api/v1/dealer/repair-orders with batchSize orders, half new (COMPLETED), half updates
 *               of the seeded orders (REQUESTED to COMPLETED, with diagnosis, work, part and cost);
 *         JDBC: the same rows (the final visits rows, other order numbers) as one batched INSERT into visits,
 *               rewriteBatchedStatements=true, one transaction per batch, one connection;
 *       after every API batch it waits (untimed) until the feed sequencer has numbered the new events, so
 *       that the app's background work never runs during a baseline batch. With fullBaseline=true, a second
 *       baseline per batch writes every row the API writes (see insertFull), for dealer 2. Writes upsert.txt.
 * feed  baseUrl jdbcUrl runDir expectedEvents limit
 *       walks GET /api/v1/dealer/changes?after=&amp;limit= from the start to the end, timing it, and checks every
 *       event comes once and in cursor order, and that a page read again is the same. Writes changes.txt.
 * </pre>
 */
public final class RepairOrderBench {

    static final String MEASURED_DEALER = "BENCH-DLR-0";
    static final String WARMUP_DEALER = "BENCH-DLR-1";
    static final String MEASURED_PREFIX = "RO-";
    static final String WARMUP_PREFIX = "RO-W";
    static final String FULL_DEALER = "BENCH-DLR-2";
    static final String FULL_PREFIX = "RO-F";

    private static final Pattern SUMMARY = Pattern.compile("\"summary\":\\{\"created\":(\\d+),\"updated\":(\\d+),"
            + "\"unchanged\":(\\d+),\"stale\":(\\d+),\"rejected\":(\\d+)\\}");

    public static void main(String[] args) throws Exception {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "seed" -> seed(rest);
            case "load" -> load(rest);
            case "feed" -> feed(rest);
            default -> throw new IllegalArgumentException("seed, load or feed: " + args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------- seed

    static void seed(String[] args) throws Exception {
        String url = args[0];
        Tokens tokens = new Tokens(Path.of(args[1]));
        Path runDir = Path.of(args[2]);
        int orders = Integer.parseInt(args[3]);
        int batchSize = Integer.parseInt(args[4]);
        int warmupBatches = Integer.parseInt(args[5]);
        boolean full = args.length > 6 && Boolean.parseBoolean(args[6]);
        long t0 = System.nanoTime();
        Instant now = Instant.now();
        try (Connection c = Jdbc.connect(Jdbc.withBatching(url))) {
            c.setAutoCommit(false);
            RepairOrders measured = new RepairOrders(RepairOrders.Dealer.load(c, MEASURED_DEALER), now);
            RepairOrders warmup = new RepairOrders(RepairOrders.Dealer.load(c, WARMUP_DEALER), now);
            int n = seedRequested(c, measured, MEASURED_PREFIX, orders / 2, now);
            n += seedRequested(c, warmup, WARMUP_PREFIX, warmupBatches * batchSize / 2, now);
            if (full) {
                n += seedRequested(c, new RepairOrders(RepairOrders.Dealer.load(c, FULL_DEALER), now), FULL_PREFIX,
                        orders / 2, now);
            }
            Files.writeString(runDir.resolve("dealer-token.txt"),
                    tokens.dealer("bench-dms-0", measured.dealer().id()) + "\n");
            Files.writeString(runDir.resolve("warmup-token.txt"),
                    tokens.dealer("bench-dms-1", warmup.dealer().id()) + "\n");
            System.out.printf(Locale.ROOT, "stored %d REQUESTED repair orders to be updated (%s: %d, %s: %d) in %.1f s%n",
                    n, MEASURED_DEALER, orders / 2, WARMUP_DEALER, warmupBatches * batchSize / 2,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private static int seedRequested(Connection c, RepairOrders gen, String prefix, int count, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(RepairOrders.INSERT_VISIT)) {
            for (int i = 0; i < count; i++) {
                String number = updateNumber(prefix, i);
                // the full-rows baseline updates these by id without reading them: ids follow from the number
                UUID id = prefix.equals(FULL_PREFIX) ? fullId(number) : Ids.v7();
                gen.bindVisit(s, gen.requested(number, 2 * i + 1), id, now);
                s.addBatch();
                if ((i + 1) % 5000 == 0 || i == count - 1) {
                    s.executeBatch();
                    c.commit();
                }
            }
        }
        return count;
    }

    static String newNumber(String prefix, int i) {
        return prefix + "N-" + String.format(Locale.ROOT, "%06d", i);
    }

    static String updateNumber(String prefix, int i) {
        return prefix + "U-" + String.format(Locale.ROOT, "%06d", i);
    }

    /** Batch b: new order i and the update of seeded order i, alternately, for the batch's half-size range of i. */
    static List<RepairOrders.Order> batch(RepairOrders gen, String prefix, int b, int size) {
        int half = size / 2;
        List<RepairOrders.Order> items = new ArrayList<>(size);
        for (int k = 0; k < half; k++) {
            int i = b * half + k;
            items.add(gen.completed(newNumber(prefix, i), 2 * i));
            items.add(gen.completed(updateNumber(prefix, i), 2 * i + 1));
        }
        return items;
    }

    // ---------------------------------------------------------------------------------------------- load

    record ApiAnswer(int status, double seconds, int[] summary, String firstProblem) {
    }

    static void load(String[] args) throws Exception {
        String base = args[0];
        String url = args[1];
        Path runDir = Path.of(args[2]);
        int orders = Integer.parseInt(args[3]);
        int batchSize = Integer.parseInt(args[4]);
        int warmupBatches = Integer.parseInt(args[5]);
        boolean full = args.length > 6 && Boolean.parseBoolean(args[6]);
        int batches = orders / batchSize;
        String token = Files.readString(runDir.resolve("dealer-token.txt")).trim();
        String warmupToken = Files.readString(runDir.resolve("warmup-token.txt")).trim();
        HttpClient http = Http.client();
        Instant now = Instant.now();

        try (Connection c = Jdbc.connect(Jdbc.withBatching(url));
                Connection probe = Jdbc.connect(url)) {
            c.setAutoCommit(false);
            RepairOrders measured = new RepairOrders(RepairOrders.Dealer.load(c, MEASURED_DEALER), now);
            RepairOrders warm = new RepairOrders(RepairOrders.Dealer.load(c, WARMUP_DEALER), now);
            RepairOrders fullGen = full ? new RepairOrders(RepairOrders.Dealer.load(c, FULL_DEALER), now) : null;

            // warm-up: the app's JIT, Hibernate's plans and the pools; the same work on another dealer
            long w0 = System.nanoTime();
            for (int b = 0; b < warmupBatches; b++) {
                List<RepairOrders.Order> items = batch(warm, WARMUP_PREFIX, b, batchSize);
                // BENCH_ATTRIBUTE=1: the last warm-up request's statements, by connection (after an earlier
                // warm-up batch, its background work runs in this window as it does in the measured ones)
                boolean attribute = "1".equals(System.getenv("BENCH_ATTRIBUTE")) && b == warmupBatches - 1;
                if (attribute) {
                    StatementAttribution.start(probe);
                }
                ApiAnswer a = put(http, base, warmupToken, body(items));
                if (attribute) {
                    String attribution = StatementAttribution.stop(probe);
                    System.out.print("statements during warm-up request " + (b + 1) + ":\n" + attribution);
                    Files.writeString(runDir.resolve("attribution.txt"), attribution);
                }
                System.out.printf(Locale.ROOT, "warm-up %d/%d: API %d items in %.2f s (HTTP %d, %s)%n", b + 1,
                        warmupBatches, items.size(), a.seconds(), a.status(), summary(a.summary()));
                if (a.firstProblem() != null) {
                    System.out.println("  first problem: " + a.firstProblem());
                }
                waitSequenced(probe);
                insertBaseline(c, warm, items, Instant.now());
            }
            double warmupSeconds = (System.nanoTime() - w0) / 1e9;

            Map<String, Long> before = counts(probe);
            double[] api = new double[batches];
            double[] jdbc = new double[batches];
            double[] sequencerWait = new double[batches];
            double[] fullRows = new double[batches];
            int[] totals = new int[5];
            Map<String, Long> apiStatements = new TreeMap<>();
            int non2xx = 0;
            List<String> problems = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<RepairOrders.Order> items = batch(measured, MEASURED_PREFIX, b, batchSize);
                String body = body(items);
                boolean apiFirst = b % 2 == 1; // alternate, so that drift in the background load meets both
                if (!apiFirst) {
                    jdbc[b] = insertBaseline(c, measured, items, Instant.now());
                }
                Map<String, Long> s0 = statements(probe);
                ApiAnswer a = put(http, base, token, body);
                api[b] = a.seconds();
                statements(probe).forEach((k, v) -> apiStatements.merge(k, v - s0.get(k), Long::sum));
                sequencerWait[b] = waitSequenced(probe);
                if (apiFirst) {
                    jdbc[b] = insertBaseline(c, measured, items, Instant.now());
                }
                if (full) {
                    fullRows[b] = insertFull(c, fullGen, batch(fullGen, FULL_PREFIX, b, batchSize), Instant.now());
                    sequencerWait[b] += waitSequenced(probe); // its dealer events are numbered too
                }
                if (a.status() / 100 != 2) {
                    non2xx++;
                } else {
                    for (int k = 0; k < 5; k++) {
                        totals[k] += a.summary()[k];
                    }
                }
                if (a.firstProblem() != null && problems.size() < 3) {
                    problems.add("batch " + (b + 1) + ": " + a.firstProblem());
                }
                System.out.printf(Locale.ROOT, "batch %2d/%d: API %d items in %6.2f s (HTTP %d, %s) | JDBC %d rows in %5.2f s%s%n",
                        b + 1, batches, items.size(), api[b], a.status(), summary(a.summary()), items.size(), jdbc[b],
                        full ? String.format(Locale.ROOT, " | JDBC all rows in %5.2f s", fullRows[b]) : "");
            }
            Map<String, Long> after = counts(probe);
            double readersCaughtUp = waitReadersCaughtUp(probe);

            double apiSeconds = Arrays.stream(api).sum();
            double jdbcSeconds = Arrays.stream(jdbc).sum();
            // the table counts' growth, less what the baselines wrote: visits only, and (full) every row for half new orders
            long n = (long) batches * batchSize;
            long fullOrders = full ? n : 0;
            long apiVisitsInserted = after.get("visits") - before.get("visits") - n - fullOrders / 2;
            StringBuilder out = new StringBuilder();
            put(out, "orders", batches * batchSize);
            put(out, "batches", batches);
            put(out, "batch_size", batchSize);
            put(out, "warmup_batches", warmupBatches);
            put(out, "warmup_seconds", warmupSeconds);
            put(out, "api_seconds", apiSeconds);
            put(out, "api_rows_per_s", totals[0] + totals[1] > 0 ? (totals[0] + totals[1]) / apiSeconds : 0);
            put(out, "api_batch_p50_s", Stats.median(api));
            put(out, "api_batch_max_s", Arrays.stream(api).max().orElse(0));
            put(out, "jdbc_seconds", jdbcSeconds);
            put(out, "jdbc_rows_per_s", (double) batches * batchSize / jdbcSeconds);
            put(out, "jdbc_batch_p50_s", Stats.median(jdbc));
            put(out, "jdbc_batch_max_s", Arrays.stream(jdbc).max().orElse(0));
            put(out, "sequencer_wait_s", Arrays.stream(sequencerWait).sum());
            put(out, "readers_caught_up_s", readersCaughtUp);
            if (full) {
                put(out, "full_seconds", Arrays.stream(fullRows).sum());
                put(out, "full_orders_per_s", (double) batches * batchSize / Arrays.stream(fullRows).sum());
                put(out, "full_batch_p50_s", Stats.median(fullRows));
            }
            put(out, "created", totals[0]);
            put(out, "updated", totals[1]);
            put(out, "unchanged", totals[2]);
            put(out, "stale", totals[3]);
            put(out, "rejected", totals[4]);
            put(out, "non2xx", non2xx);
            put(out, "api_visits_inserted", apiVisitsInserted);
            put(out, "api_visit_events", after.get("visit_events") - before.get("visit_events") - 2 * fullOrders);
            put(out, "api_visit_parts", after.get("visit_parts") - before.get("visit_parts") - fullOrders);
            put(out, "api_domain_events", after.get("domain_events") - before.get("domain_events") - fullOrders);
            put(out, "api_dealer_events", after.get("dealer_events") - before.get("dealer_events") - fullOrders);
            // what reached the server during the API requests (the probe's own SHOW is one Com_show, not counted)
            apiStatements.forEach((k, v) -> put(out, "api_" + k.toLowerCase(Locale.ROOT), v));
            for (int i = 0; i < problems.size(); i++) {
                put(out, "problem_" + i, problems.get(i).replace('\n', ' '));
            }
            Files.writeString(runDir.resolve("upsert.txt"), out.toString());
        }
    }

    static String body(List<RepairOrders.Order> items) {
        StringBuilder b = new StringBuilder(items.size() * 900).append("{\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            RepairOrders.json(b, items.get(i));
        }
        return b.append("]}").toString();
    }

    static ApiAnswer put(HttpClient http, String base, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/dealer/repair-orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - t0) / 1e9;
        int[] summary = new int[5];
        String problem = null;
        Matcher m = SUMMARY.matcher(r.body());
        if (r.statusCode() / 100 == 2 && m.find()) {
            for (int k = 0; k < 5; k++) {
                summary[k] = Integer.parseInt(m.group(k + 1));
            }
            int rejected = r.body().indexOf("\"status\":\"REJECTED\"");
            if (rejected >= 0) {
                problem = "REJECTED item: " + r.body().substring(Math.max(0, rejected - 80),
                        Math.min(r.body().length(), rejected + 320));
            }
        } else {
            problem = "HTTP " + r.statusCode() + ": " + r.body().substring(0, Math.min(600, r.body().length()));
        }
        return new ApiAnswer(r.statusCode(), seconds, summary, problem);
    }

    /** The same rows as the API's batch, as final visits rows under other numbers: one batched INSERT, one commit. */
    static double insertBaseline(Connection c, RepairOrders gen, List<RepairOrders.Order> items, Instant now)
            throws SQLException {
        List<UUID> ids = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ids.add(Ids.v7());
        }
        long t0 = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement(RepairOrders.INSERT_VISIT)) {
            for (int i = 0; i < items.size(); i++) {
                RepairOrders.Order o = items.get(i);
                RepairOrders.Order row = new RepairOrders.Order("RO-J" + o.number().substring(3), o.updatedAt(),
                        o.stationCode(), o.stationId(), o.machine(), o.type(), o.status(), o.requestedAt(),
                        o.arrivedAt(), o.completedAt(), o.outcome(), o.faultReported(), o.diagnosis(), o.workDone(),
                        o.partNumber(), o.labourHours(), o.cost(), o.meterReading());
                gen.bindVisit(s, row, ids.get(i), now);
                s.addBatch();
            }
            s.executeBatch();
        }
        c.commit();
        return (System.nanoTime() - t0) / 1e9;
    }

    static UUID fullId(String number) {
        return UUID.nameUUIDFromBytes(number.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The optional second baseline: every row the API writes for a batch, in plain JDBC batches, one
     * transaction, no reads. Per new order: the visits INSERT; per update: the visits UPDATE (by id, with the
     * version check, every column as Hibernate sends it); per order: one visit_parts row, the ARRIVED and
     * COMPLETED visit_events, and two domain_events (the status change for the dealer feed and the
     * completion), with payloads of the same shape and size.
     */
    static double insertFull(Connection c, RepairOrders gen, List<RepairOrders.Order> items, Instant now)
            throws SQLException {
        UUID dealer = gen.dealer().id();
        List<UUID> ids = new ArrayList<>(items.size());
        for (RepairOrders.Order o : items) {
            ids.add(o.number().startsWith(FULL_PREFIX + "U-") ? fullId(o.number()) : Ids.v7());
        }
        long t0 = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement(RepairOrders.INSERT_VISIT);
                PreparedStatement update = c.prepareStatement("UPDATE visits SET arrived_at = ?, completed_at = ?, "
                        + "status = ?, outcome = ?, diagnosis = ?, work_done = ?, labour_hours = ?, cost_amount = ?, "
                        + "cost_currency = ?, type = ?, fault_reported = ?, meter_reading = ?, meter_unit = 'KM', "
                        + "requested_at = ?, equipment_id = ?, dealer_updated_at = ?, details_updated_at = ?, "
                        + "dispatched_at = NULL, cancelled_at = NULL, cancel_reason = NULL, customer_id = ?, "
                        + "station_id = ?, dealer_id = ?, source = 'DEALER_SYSTEM', repair_order_number = ?, "
                        + "updated_at = ?, version = ? WHERE id = ? AND version = ?");
                PreparedStatement part = c.prepareStatement("INSERT INTO visit_parts (visit_id, position, part_number, "
                        + "quantity, billing, used_part_returned, source_event_id) VALUES (?, 0, ?, 1, 'PAID', TRUE, NULL)");
                PreparedStatement event = c.prepareStatement("INSERT INTO visit_events (id, visit_id, type, "
                        + "occurred_at, received_at, author, note, outcome, part_number, quantity, billing, "
                        + "attachment_id, technician_ids) VALUES (?, ?, ?, ?, ?, 'bench-dms', NULL, ?, NULL, NULL, NULL, "
                        + "NULL, NULL)");
                PreparedStatement domain = c.prepareStatement("INSERT INTO domain_events (id, topic, aggregate_id, "
                        + "dealer_id, payload, created_at, handled_at, dealer_feed_seq) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)")) {
            for (int i = 0; i < items.size(); i++) {
                RepairOrders.Order o = items.get(i);
                UUID id = ids.get(i);
                byte[] vid = Ids.bytes(id);
                boolean isUpdate = o.number().startsWith(FULL_PREFIX + "U-");
                if (isUpdate) {
                    update.setObject(1, Jdbc.utc(o.arrivedAt()));
                    update.setObject(2, Jdbc.utc(o.completedAt()));
                    update.setString(3, o.status());
                    update.setString(4, o.outcome());
                    update.setString(5, o.diagnosis());
                    update.setString(6, o.workDone());
                    update.setBigDecimal(7, o.labourHours());
                    update.setBigDecimal(8, o.cost());
                    update.setString(9, "CNY");
                    update.setString(10, o.type());
                    update.setString(11, o.faultReported());
                    update.setInt(12, o.meterReading());
                    update.setObject(13, Jdbc.utc(o.requestedAt()));
                    update.setBytes(14, Ids.bytes(o.machine().equipmentId()));
                    update.setObject(15, Jdbc.utc(o.updatedAt()));
                    update.setObject(16, Jdbc.utc(o.updatedAt()));
                    update.setBytes(17, Ids.bytes(o.machine().customerId()));
                    update.setBytes(18, Ids.bytes(o.stationId()));
                    update.setBytes(19, Ids.bytes(dealer));
                    update.setString(20, o.number());
                    update.setObject(21, Jdbc.utc(now));
                    update.setLong(22, 1);
                    update.setBytes(23, vid);
                    update.setLong(24, 0);
                    update.addBatch();
                } else {
                    gen.bindVisit(insert, o, id, now);
                    insert.addBatch();
                }
                part.setBytes(1, vid);
                part.setString(2, o.partNumber());
                part.addBatch();
                for (String type : new String[] { "ARRIVED", "COMPLETED" }) {
                    event.setBytes(1, Ids.bytes(UUID.nameUUIDFromBytes(("dms|" + id + "|" + type)
                            .getBytes(StandardCharsets.UTF_8))));
                    event.setBytes(2, vid);
                    event.setString(3, type);
                    event.setObject(4, Jdbc.utc("ARRIVED".equals(type) ? o.arrivedAt() : o.completedAt()));
                    event.setObject(5, Jdbc.utc(now));
                    event.setString(6, "COMPLETED".equals(type) ? o.outcome() : null);
                    event.addBatch();
                }
                // one outbox row per completion, as the app writes it: visit.completed, carrying the status change
                // the dealer's feed shows
                domain.setBytes(1, Ids.bytes(Ids.v7()));
                domain.setString(2, "visit.completed");
                domain.setBytes(3, vid);
                domain.setBytes(4, Ids.bytes(dealer));
                domain.setString(5, "{\"visitId\":\"" + id + "\",\"customerId\":\"" + o.machine().customerId()
                        + "\",\"equipmentId\":\"" + o.machine().equipmentId() + "\",\"stationId\":\"" + o.stationId()
                        + "\",\"dealerId\":\"" + dealer + "\",\"completedAt\":\"" + o.completedAt()
                        + "\",\"outcome\":\"FIXED\",\"type\":\"" + o.type() + "\",\"meterReading\":" + o.meterReading()
                        + ",\"meterUnit\":\"KM\",\"repairOrderNumber\":\"" + o.number()
                        + "\",\"from\":\"REQUESTED\",\"arrivedAt\":\"" + o.arrivedAt()
                        + "\",\"changedBy\":\"bench-dms-2\"}");
                domain.setObject(6, Jdbc.utc(now));
                domain.addBatch();
            }
            insert.executeBatch();
            int[] updated = update.executeBatch();
            for (int n : updated) {
                if (n == 0) {
                    throw new IllegalStateException("full-rows baseline: an UPDATE found no row (version check)");
                }
            }
            part.executeBatch();
            event.executeBatch();
            domain.executeBatch();
        }
        c.commit();
        return (System.nanoTime() - t0) / 1e9;
    }

    static final String UNSEQUENCED = "SELECT COUNT(*) FROM domain_events WHERE dealer_id IS NOT NULL "
            + "AND dealer_feed_seq IS NULL";

    /** Waits until the feed sequencer has numbered every committed dealer event; returns the seconds waited. */
    static double waitSequenced(Connection probe) throws Exception {
        return waitFor(probe, UNSEQUENCED, 0, 100, 180, "dealer events still unnumbered");
    }

    /** Polls {@code sql} (one number) every {@code pollMillis} until it is {@code target}; the seconds waited. */
    private static double waitFor(Connection probe, String sql, long target, int pollMillis, int limitSeconds,
            String failure) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + limitSeconds * 1_000_000_000L;
        while (true) {
            long value;
            try (Statement s = probe.createStatement(); ResultSet r = s.executeQuery(sql)) {
                value = r.next() ? r.getLong(1) : -1;
            }
            if (value == target) {
                return (System.nanoTime() - t0) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure + " after " + limitSeconds + " s (" + value + ")");
            }
            Thread.sleep(pollMillis);
        }
    }

    /**
     * Whether the readers of visit.completed (the topic's first reader, which marks handled_at, and the further
     * readers, which keep receipts) have read the newest such event as they read the oldest: 1 when so. Readers claim
     * in recording order, so the newest read means the backlog is worked off (an event whose handler failed aside).
     */
    static final String READERS_AT_NEWEST = "SELECT (SELECT handled_at IS NOT NULL FROM domain_events"
            + " WHERE id = n.id) AND (SELECT COUNT(*) FROM domain_event_receipts WHERE event_id = n.id)"
            + " >= (SELECT COUNT(*) FROM domain_event_receipts WHERE event_id = o.id)"
            + " FROM (SELECT id FROM domain_events WHERE topic = 'visit.completed' ORDER BY created_at DESC, id DESC"
            + " LIMIT 1) n, (SELECT id FROM domain_events WHERE topic = 'visit.completed' ORDER BY created_at, id"
            + " LIMIT 1) o";

    /**
     * Waits until the background readers have worked off what the batches recorded; returns the seconds from the
     * last batch. Untimed for the ratio: it says how far behind the requests the readers were (they run every
     * 10-30 s, and take turns with each other: fieldback.outbox.readers-at-once).
     */
    static double waitReadersCaughtUp(Connection probe) throws Exception {
        return waitFor(probe, READERS_AT_NEWEST, 1, 1000, 900, "the readers of visit.completed had not caught up");
    }

    static Map<String, Long> counts(Connection probe) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Statement s = probe.createStatement()) {
            for (String[] q : new String[][] { { "visits", "SELECT COUNT(*) FROM visits" },
                    { "visit_events", "SELECT COUNT(*) FROM visit_events" },
                    { "visit_parts", "SELECT COUNT(*) FROM visit_parts" },
                    { "domain_events", "SELECT COUNT(*) FROM domain_events" },
                    { "dealer_events", "SELECT COUNT(*) FROM domain_events WHERE dealer_id IS NOT NULL" } }) {
                try (ResultSet r = s.executeQuery(q[1])) {
                    r.next();
                    m.put(q[0], r.getLong(1));
                }
            }
        }
        return m;
    }

    /** The server's statement counters: how many statements (not rows) clients sent. */
    static Map<String, Long> statements(Connection probe) throws SQLException {
        Map<String, Long> m = new TreeMap<>();
        try (Statement s = probe.createStatement(); ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE "
                + "Variable_name IN ('Com_insert', 'Com_update', 'Com_select', 'Com_delete', 'Com_commit')")) {
            while (r.next()) {
                m.put(r.getString(1), r.getLong(2));
            }
        }
        return m;
    }

    private static String summary(int[] s) {
        return String.format(Locale.ROOT, "created %d, updated %d, unchanged %d, stale %d, rejected %d", s[0], s[1],
                s[2], s[3], s[4]);
    }

    private static void put(StringBuilder out, String key, Object value) {
        String v = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value);
        out.append(key).append('=').append(v).append('\n');
    }

    // ---------------------------------------------------------------------------------------------- feed

    private static final Pattern CURSOR = Pattern.compile("\"cursor\":\"(\\d+)\"");
    private static final Pattern TOPIC = Pattern.compile("\"topic\":\"([^\"]+)\"");
    private static final Pattern AGGREGATE = Pattern.compile("\"aggregateId\":\"([0-9a-f-]{36})\"");
    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"(\\d+)\"");
    private static final Pattern HAS_MORE = Pattern.compile("\"hasMore\":(true|false)");

    static void feed(String[] args) throws Exception {
        String base = args[0];
        String url = args[1];
        Path runDir = Path.of(args[2]);
        long expected = Long.parseLong(args[3]);
        int limit = Integer.parseInt(args[4]);
        String token = Files.readString(runDir.resolve("dealer-token.txt")).trim();
        HttpClient http = Http.client();
        double catchUp;
        try (Connection probe = Jdbc.connect(url)) {
            catchUp = waitSequenced(probe);
        }

        String first = base + "/api/v1/dealer/changes?limit=" + limit;
        List<Double> pageMs = new ArrayList<>();
        Set<String> aggregates = new HashSet<>();
        Map<String, Integer> topics = new TreeMap<>();
        long events = 0;
        long last = 0;
        boolean ordered = true;
        long completedTo = 0;
        String pageUrl = first;
        String sampleUrl = null;
        String sampleBody = null;
        long t0 = System.nanoTime();
        while (true) {
            long p0 = System.nanoTime();
            String body = Http.get(http, pageUrl, token);
            pageMs.add((System.nanoTime() - p0) / 1e6);
            Matcher c = CURSOR.matcher(body);
            int onPage = 0;
            while (c.find()) {
                long cursor = Long.parseLong(c.group(1));
                ordered &= cursor > last;
                last = cursor;
                onPage++;
            }
            events += onPage;
            Matcher a = AGGREGATE.matcher(body);
            while (a.find()) {
                aggregates.add(a.group(1));
            }
            Matcher t = TOPIC.matcher(body);
            while (t.find()) {
                topics.merge(t.group(1), 1, Integer::sum);
            }
            int from = 0;
            while ((from = body.indexOf("\"to\":\"COMPLETED\"", from) + 1) > 0) {
                completedTo++;
            }
            if (pageMs.size() == 50) {
                sampleUrl = pageUrl;
                sampleBody = body;
            }
            Matcher more = HAS_MORE.matcher(body);
            Matcher next = NEXT.matcher(body);
            if (!more.find() || !"true".equals(more.group(1)) || onPage == 0 || !next.find()) {
                break;
            }
            pageUrl = first + "&after=" + next.group(1);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        boolean reread = sampleUrl == null || Http.get(http, sampleUrl, token).equals(sampleBody);
        double[] ms = pageMs.stream().mapToDouble(Double::doubleValue).toArray();
        StringBuilder out = new StringBuilder();
        put(out, "expected", expected);
        put(out, "events", events);
        put(out, "pages", pageMs.size());
        put(out, "limit", limit);
        put(out, "seconds", seconds);
        put(out, "events_per_s", events / seconds);
        put(out, "page_p50_ms", Stats.median(ms));
        put(out, "page_max_ms", Arrays.stream(ms).max().orElse(0));
        put(out, "page_first_ms", ms.length > 0 ? ms[0] : 0);
        put(out, "page_last_ms", ms.length > 0 ? ms[ms.length - 1] : 0);
        put(out, "distinct_aggregates", aggregates.size());
        put(out, "ordered", ordered);
        put(out, "to_completed", completedTo);
        put(out, "reread_same", reread);
        put(out, "sequencer_catchup_s", catchUp);
        StringBuilder t = new StringBuilder();
        topics.forEach((k, v) -> t.append(t.length() == 0 ? "" : ", ").append(v).append(" x ").append(k));
        put(out, "topics", t.toString());
        Files.writeString(runDir.resolve("changes.txt"), out.toString());
        System.out.printf(Locale.ROOT, "read %d events (%s) in %d pages in %.2f s: %.0f events/s%n", events, t,
                pageMs.size(), seconds, events / seconds);
    }

}
