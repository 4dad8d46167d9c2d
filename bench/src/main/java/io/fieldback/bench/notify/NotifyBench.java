package io.fieldback.bench.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.fieldback.bench.Http;
import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;

/**
 * Throughput: releases the seeded messages at once and times the app's sender from the stub's first to its last
 * SendSms; then a plain HTTP-client loop sends the same signed requests to the same stub, on as many threads as the
 * app's sender makes provider calls at once ({@code parallelism}: the ratio against it is the app's own overhead),
 * and on one thread over the first {@link #SINGLE_SAMPLE} (the earlier runs' yardstick). Prints the rates, both
 * ratios, and the duplicates the stub saw.
 *
 * Usage: NotifyBench throughput <baseUrl> <privateKey> <jdbcUrl> <stubUrl> <n> <keySecret> <out> [parallelism]
 */
public final class NotifyBench {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        String stub = args[4];
        int n = Integer.parseInt(args[5]);
        HttpClient http = Http.client();
        new Api(args[1], Path.of(args[2])).topic(NotifySeed.TOPIC);
        Api.reset(http, stub);
        try (Connection c = Jdbc.connect(args[3]); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE notifications SET not_before = UTC_TIMESTAMP(6) WHERE topic = '" + NotifySeed.TOPIC
                    + "' AND status = 'QUEUED'");
        }
        long deadline = System.currentTimeMillis() + 3_600_000L;
        while (Api.stat(http, stub, "requests") < n && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        long sent = Api.stat(http, stub, "requests");
        long duplicates = Api.stat(http, stub, "duplicates");
        double appSeconds = (Api.stat(http, stub, "last") - Api.stat(http, stub, "first")) / 1000.0;
        List<String[]> rows = rows(args[3]);
        int parallelism = args.length > 8 ? Integer.parseInt(args[8]) : 1;
        double appRate = sent / appSeconds;
        double parallelRate = loop(http, stub, rows, parallelism, args[6]);
        double singleRate = loop(http, stub, rows.subList(0, Math.min(rows.size(), SINGLE_SAMPLE)), 1, args[6]);
        String line = String.format("notifications %,d: app %,d sent in %.1f s = %.0f msg/s (%d provider calls at once); "
                + "plain HTTP loop on %d threads %.0f msg/s: ratio %.2f (target >= 0.5); on one thread (first %,d) %.0f msg/s: "
                + "ratio %.2f; duplicates at the stub %d", n, sent, appSeconds, appRate, parallelism, parallelism,
                parallelRate, appRate / parallelRate, Math.min(rows.size(), SINGLE_SAMPLE), singleRate,
                appRate / singleRate, duplicates);
        System.out.println(line);
        Files.writeString(Path.of(args[7]), line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static final int SINGLE_SAMPLE = 5000;

    /** Sends the rows on {@code threads} threads; returns messages per second. */
    private static double loop(HttpClient http, String stub, List<String[]> rows, int threads, String secret)
            throws Exception {
        Api.reset(http, stub);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < rows.size(); i = next.getAndIncrement()) {
                    post(http, stub, rows.get(i), secret);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return rows.size() / seconds;
    }

    /** The messages as the app sent them: number, body parameters, our id. */
    private static List<String[]> rows(String url) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = Jdbc.connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, address, payload FROM notifications WHERE topic = '"
                        + NotifySeed.TOPIC + "' ORDER BY id")) {
            while (r.next()) {
                rows.add(new String[] { Ids.uuid(r.getBytes(1)).toString(), r.getString(2), r.getString(3) });
            }
        }
        return rows;
    }

    /** The same SendSms the app makes (AliyunSms): canonical form, HMAC-SHA1 signature. */
    private static void post(HttpClient http, String stub, String[] row, String secret) throws Exception {
        Map<String, String> p = new TreeMap<>();
        p.put("Action", "SendSms");
        p.put("PhoneNumbers", row[1]);
        p.put("SignName", "fieldback");
        p.put("TemplateCode", "SMS_0001");
        p.put("TemplateParam", row[2]);
        p.put("OutId", row[0]);
        p.put("AccessKeyId", "bench");
        p.put("Format", "JSON");
        p.put("RegionId", "cn-hangzhou");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", UUID.randomUUID().toString());
        p.put("SignatureVersion", "1.0");
        p.put("Timestamp", ISO.format(Instant.now()));
        p.put("Version", "2017-05-25");
        String query = canonical(p);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(("POST&%2F&" + encode(query))
                .getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stub + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query + "&Signature=" + encode(signature))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!r.body().contains("\"OK\"")) {
            throw new IllegalStateException("stub answered " + r.body());
        }
    }

    private static String canonical(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
