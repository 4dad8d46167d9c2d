package io.fieldback.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The booking race (issue 18): CLIENTS callers at once book the 100 places of one station-day (50 ten-minute
 * slots × 2 bays), client i asking for slot i mod 50. Exactly 100 must be confirmed, the rest 409, nothing else,
 * and the station's appointments and free slots must agree afterwards. Then the free-slot read of that station
 * over 30 days, SAMPLES times: p50 and p99.
 *
 *   BookingBench baseUrl privateKeyPem clients samples out [results commit notes]
 *
 * With the last three, the figures are also recorded as a row of the "booking race" section of RESULTS.md.
 */
public final class BookingBench {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String admin;

    private BookingBench(String base, String admin) {
        this.base = base;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        Tokens tokens = new Tokens(Path.of(args[1]));
        BookingBench bench = new BookingBench(args[0], tokens.person("bench-admin", "admin"));
        int clients = Integer.parseInt(args[2]);
        int samples = Integer.parseInt(args[3]);
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            agents.add(tokens.person("bench-agent-" + i, "agent"));
        }
        String figures = bench.run(agents, samples);
        Files.writeString(Path.of(args[4]), figures);
        if (args.length >= 8) {
            Results.record(Path.of(args[5]), SECTION_TEXT,
                    row(figures, args[6], args[7] + Results.loadNow("end of the race")));
        }
    }

    static final String SECTION_TEXT = """
            ## booking race (`bench/run-booking.sh`)

            CLIENTS agents at once each book one place of one station-day (50 ten-minute slots x 2 bays = 100 places,
            client i asking for slot i mod 50), through `POST /api/v1/appointments`, after an unmeasured warm-up race on
            the next day (same clients), so the figures are of a running server, not of its first requests. **statuses**: HTTP status ->
            answers; exactly 100 x 201 and the rest 409 is the target. **stored**: CONFIRMED appointments listed
            afterwards; **free left**: that day's free slots afterwards (0). Then one station's free slots over 30 days
            read SAMPLES times, one at a time.

            | date (UTC) | commit | clients | statuses | stored | free left | wall ms | booking p50 / p99 ms | 30-day free slots p50 / p99 ms | targets | notes |
            |---|---|---|---|---|---|---|---|---|---|---|
            """;

    /** The table row of the figures run() printed (key=value pairs). */
    private static String row(String figures, String commit, String notes) {
        Map<String, String> f = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(\\{[^}]*\\}|\\S+)").matcher(figures.replace("\n", " "));
        String section = "race";
        while (m.find()) {
            f.put(m.group(1).equals("samples") ? "samples" : (m.group(1).startsWith("p") && section.equals("read") ? "read_" : "")
                    + m.group(1), m.group(2));
            if (m.group(1).equals("samples")) {
                section = "read";
            }
        }
        boolean met = f.get("statuses").equals("{201=100, 409=" + (Integer.parseInt(f.get("clients")) - 100) + "}")
                && f.get("stored_confirmed").equals("100") && f.get("free_slots_left_that_day").equals("0");
        return "| " + java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).toString().substring(0, 16).replace('T', ' ')
                + " | " + commit + " | " + f.get("clients") + " | " + f.get("statuses") + " | " + f.get("stored_confirmed")
                + " | " + f.get("free_slots_left_that_day") + " | " + f.get("wall_ms") + " | " + f.get("booking_p50_ms")
                + " / " + f.get("booking_p99_ms") + " | " + f.get("read_p50_ms") + " / " + f.get("read_p99_ms") + " | "
                + (met ? "met" : "NOT met") + " | " + notes + " |";
    }

    private String run(List<String> agents, int samples) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String dealer = id(send("POST", "/api/v1/dealers", admin, "{\"code\":\"BD-" + suffix + "\",\"name\":\"bench\"}", 201));
        String station = id(send("POST", "/api/v1/stations", admin, "{\"code\":\"BS-" + suffix + "\",\"name\":\"bench\","
                + "\"dealerId\":\"" + dealer + "\",\"region\":\"EAST\",\"province\":\"上海\",\"latitude\":31.23,"
                + "\"longitude\":121.47,\"open24h\":false}", 201));
        String customer = id(send("POST", "/api/v1/customers", admin, "{\"code\":\"BC-" + suffix + "\",\"name\":\"bench\","
                + "\"relationship\":\"END_USER\",\"importance\":\"KEY\",\"region\":\"EAST\",\"province\":\"江苏\","
                + "\"doNotCall\":false,\"dealerId\":\"" + dealer + "\"}", 201));
        String machine = id(send("POST", "/api/v1/customers/" + customer + "/equipment", admin, "{\"serialNumber\":\"BSN"
                + suffix + "\",\"productSeries\":\"B1\",\"application\":\"TRUCK\"}", 201));
        StringBuilder hours = new StringBuilder();
        for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.append(hours.length() == 0 ? "" : ",").append("{\"day\":\"").append(d)
                    .append("\",\"opens\":\"08:00\",\"closes\":\"16:20\"}");
        }
        send("PUT", "/api/v1/stations/" + station + "/capacity", admin, "{\"slotMinutes\":10,\"bays\":2,\"openingHours\":["
                + hours + "]}", 200);
        LocalDate day = LocalDate.now(ZONE).plusDays(7);
        // warm-up, not measured: the same race on the day after, so the race below meets a running server (JIT
        // compiled, pool filled) as a call centre's morning does, not the first requests after a start
        race(agents, station, machine, day.plusDays(1), new ConcurrentHashMap<>(), new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long wall = race(agents, station, machine, day, statuses, latencies);
        // that day's only (the warm-up booked the next)
        String list = send("GET", "/api/v1/appointments?limit=500&status=CONFIRMED&stationId=" + station + "&from="
                + day.atStartOfDay(ZONE).toInstant() + "&to=" + day.plusDays(1).atStartOfDay(ZONE).toInstant(), admin, null, 200);
        int stored = count(list);
        String free = send("GET", "/api/v1/stations/" + station + "/free-slots?from=" + day + "&to=" + day, admin, null, 200);
        int freeLeft = free.split("\"startsAt\"").length - 1;
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long r0 = System.nanoTime();
            send("GET", "/api/v1/stations/" + station + "/free-slots?from=" + day + "&to=" + day.plusDays(29), admin, null, 200);
            reads.add(System.nanoTime() - r0);
        }
        return "clients=" + agents.size() + " places=100 statuses=" + new java.util.TreeMap<>(statuses) + " stored_confirmed="
                + stored + " free_slots_left_that_day=" + freeLeft + " wall_ms=" + wall + " booking_p50_ms="
                + pct(latencies, 50) + " booking_p99_ms=" + pct(latencies, 99) + "\nfree_slots_30_days samples=" + samples
                + " p50_ms=" + pct(reads, 50) + " p99_ms=" + pct(reads, 99) + "\n";
    }

    /** CLIENTS bookings of the day's places at once; returns the wall time in ms. */
    private long race(List<String> agents, String station, String machine, LocalDate day,
            Map<Integer, AtomicInteger> statuses, List<Long> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(agents.size());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(agents.size());
        for (int i = 0; i < agents.size(); i++) {
            String slot = day.atTime(LocalTime.of(8, 0).plusMinutes(10L * (i % 50))).atZone(ZONE).toInstant().toString();
            String token = agents.get(i);
            pool.submit(() -> {
                try {
                    start.await();
                    long t0 = System.nanoTime();
                    int status = status("POST", "/api/v1/appointments", token, "{\"stationId\":\"" + station
                            + "\",\"equipmentId\":\"" + machine + "\",\"startsAt\":\"" + slot + "\"}");
                    latencies.add(System.nanoTime() - t0);
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                } catch (Exception e) {
                    statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        long t0 = System.nanoTime();
        start.countDown();
        done.await();
        pool.shutdown();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static int count(String page) {
        Matcher m = ID.matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n / 1;
    }

    private static String pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        long v = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        return String.format("%.1f", v / 1e6);
    }

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    private int status(String method, String path, String token, String body) throws Exception {
        return http.send(request(method, path, token, body), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String send(String method, String path, String token, String body, int expected) throws Exception {
        HttpResponse<String> r = http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private HttpRequest request(String method, String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
