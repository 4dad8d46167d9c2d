package io.fieldback.bench.dispatch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.fieldback.bench.Http;
import io.fieldback.bench.Tokens;

/**
 * The dispatch benchmark (issue 19), through the API of a running app:
 * 1. a station-day of 100 visits (seeded sites within 25 km, morning / afternoon / all-day windows, 30-45 min)
 *    and 10 technicians (08:00-18:00, cap 12) planned by POST /stations/{id}/day-plans: the job's own time,
 *    its score (no hard rule broken = 0hard), its travel against the nearest-first plan the result carries;
 * 2. GET /visits/{id}/dispatch-candidates for one visit of a station with 200 technicians: p50 / p99.
 * Args: baseUrl privateKeyPem outputFile.
 */
public final class Dispatch {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final double LAT = 31.2304;
    private static final double LON = 121.4737;
    private static final HttpClient HTTP = Http.client();
    private static String base;
    private static String admin;

    public static void main(String[] args) throws Exception {
        base = args[0];
        admin = new Tokens(Path.of(args[1])).person("bench-admin", "admin");
        Random random = new Random(19);
        LocalDate day = LocalDate.now(ZONE).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String dealer = id(send("POST", "/api/v1/dealers", "{\"code\":\"BD-" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"name\":\"bench\"}"));
        String customer = id(send("POST", "/api/v1/customers", "{\"code\":\"BC-" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"name\":\"宏运物流\",\"relationship\":\"END_USER\",\"importance\":\"KEY\",\"region\":\"EAST\",\"province\":\"江苏\",\"doNotCall\":false}"));
        String machine = id(send("POST", "/api/v1/customers/" + customer + "/equipment", "{\"serialNumber\":\"SN"
                + UUID.randomUUID().toString().substring(0, 12) + "\",\"productSeries\":\"YC6K\",\"application\":\"TRUCK\"}"));

        String station = station(dealer, LAT, LON);
        for (int i = 0; i < 10; i++) {
            technician(station, "技师" + i, day, true, 12);
        }
        for (int i = 0; i < 100; i++) {
            double r = 25 * Math.sqrt(random.nextDouble());
            double a = random.nextDouble() * 2 * Math.PI;
            int kind = i % 3;
            int from = kind == 0 ? 8 : kind == 1 ? 13 : 8;
            int to = kind == 0 ? 12 : 18;
            visit(station, customer, machine, LAT + r * Math.cos(a) / 111.195,
                    LON + r * Math.sin(a) / (111.195 * Math.cos(Math.toRadians(LAT))), at(day, from), at(day, to),
                    30 + random.nextInt(16));
        }
        Instant asked = Instant.now();
        String plan = id(send("POST", "/api/v1/stations/" + station + "/day-plans", "{\"date\":\"" + day + "\"}"));
        String result;
        do {
            Thread.sleep(1000);
            result = send("GET", "/api/v1/day-plans/" + plan, null);
        } while (result.contains("\"status\":\"QUEUED\"") || result.contains("\"status\":\"RUNNING\""));
        double wall = Duration.between(asked, Instant.now()).toMillis() / 1000.0;
        double solve = Duration.between(Instant.parse(Http.field(result, "startedAt")), Instant.parse(Http.field(result, "finishedAt")))
                .toMillis() / 1000.0;
        // the day's total follows the routes (each with its own travelMinutes) and the unplanned list
        long travel = Long.parseLong(Http.field(result.substring(result.indexOf("\"unplanned\":")), "travelMinutes"));
        long greedy = Long.parseLong(Http.field(result, "greedyTravelMinutes"));
        String unplanned = Http.field(result, "unplanned");
        String line1 = String.format("day plan, 100 visits x 10 technicians: status %s, score %s, feasible %s, job %.1f s "
                + "(asked to done %.1f s), unplanned %s; travel %d min vs nearest-first %d min (unplanned %s) = %.2fx",
                Http.field(result, "status"), Http.field(result, "score"), Http.field(result, "feasible"), solve, wall,
                unplanned.equals("[]") ? "0" : unplanned, travel, greedy, Http.field(result, "greedyUnplanned"),
                greedy == 0 ? 0 : (double) travel / greedy);

        String big = station(dealer, LAT + 1, LON + 1);
        for (int i = 0; i < 200; i++) {
            technician(big, "候选" + i, day, i % 4 != 0, i % 10 == 0 ? 1 : 12);
        }
        String visit = visit(big, customer, machine, LAT + 1.05, LON + 1, at(day, 9), at(day, 12), 60);
        for (int i = 0; i < 50; i++) {
            send("GET", "/api/v1/visits/" + visit + "/dispatch-candidates", null);
        }
        int samples = 500;
        double[] ms = new double[samples];
        String last = null;
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            last = send("GET", "/api/v1/visits/" + visit + "/dispatch-candidates", null);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        int candidates = count(last.substring(0, last.indexOf("\"excluded\"")), "\"technicianId\"");
        int excluded = count(last.substring(last.indexOf("\"excluded\"")), "\"technicianId\"");
        String line2 = String.format("candidates among 200 technicians (%d ranked, %d excluded with reasons), %d sequential "
                + "calls: p50 %.1f ms, p99 %.1f ms, max %.1f ms", candidates, excluded, samples, ms[samples / 2],
                ms[(int) Math.ceil(samples * 0.99) - 1], ms[samples - 1]);
        System.out.println(line1);
        System.out.println(line2);
        Files.writeString(Path.of(args[2]), line1 + "\n" + line2 + "\n");
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    private static String station(String dealer, double lat, double lon) throws Exception {
        return id(send("POST", "/api/v1/stations", "{\"code\":\"BS-" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"name\":\"服务站\",\"dealerId\":\"" + dealer + "\",\"region\":\"EAST\",\"province\":\"上海\",\"latitude\":"
                + lat + ",\"longitude\":" + lon + ",\"phone\":\"+862150501234\",\"open24h\":true}"));
    }

    private static void technician(String station, String name, LocalDate day, boolean skilled, int cap) throws Exception {
        String id = id(send("POST", "/api/v1/technicians", "{\"stationId\":\"" + station + "\",\"name\":\"" + name
                + "\",\"phone\":\"+8613812345678\",\"productLines\":[\"heavy-duty-diesel\"]}"));
        List<String> shifts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            shifts.add("{\"dayOfWeek\":\"" + d + "\",\"start\":\"08:00\",\"end\":\"18:00\"}");
        }
        send("PUT", "/api/v1/technicians/" + id + "/capabilities", "{\"skills\":[{\"productSeries\":\""
                + (skilled ? "YC6K" : "YC4S") + "\",\"level\":3}],\"certifications\":[{\"name\":\"国六\",\"validUntil\":\""
                + day.plusYears(1) + "\"}],\"shifts\":[" + String.join(",", shifts) + "],\"dailyCap\":" + cap + "}");
    }

    private static String visit(String station, String customer, String machine, double lat, double lon, Instant from,
            Instant to, int minutes) throws Exception {
        String id = UUID.randomUUID().toString();
        send("PUT", "/api/v1/visits/" + id, "{\"customerId\":\"" + customer + "\",\"equipmentId\":\"" + machine
                + "\",\"stationId\":\"" + station + "\",\"type\":\"WARRANTY_REPAIR\",\"faultReported\":\"发动机故障\"}");
        send("PUT", "/api/v1/visits/" + id + "/dispatch-details", "{\"latitude\":" + lat + ",\"longitude\":" + lon
                + ",\"windowStart\":\"" + from + "\",\"windowEnd\":\"" + to + "\",\"durationMinutes\":" + minutes + "}");
        return id;
    }

    private static String send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + admin)
                .timeout(Duration.ofSeconds(120));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        return Http.field(json, "id");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
