package io.fieldback.bench.notify;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

import io.fieldback.bench.Http;
import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;

/**
 * The campaign the app is killed in the middle of, and the count afterwards.
 *
 * Usage: NotifyChaos campaign <baseUrl> <privateKey> <stubUrl> <idFile>   greetings to every POTENTIAL customer
 *        NotifyChaos verify <jdbcUrl> <stubUrl> <n> <campaignId> <out>    waits until the campaign's messages are
 *                                                                          all SENT, then counts the stub's SendSms
 */
public final class NotifyChaos {

    static final String TOPIC = "bench.greeting";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("campaign")) {
            campaign(args);
        } else {
            verify(args);
        }
    }

    private static void campaign(String[] args) throws Exception {
        Api api = new Api(args[1], Path.of(args[2]));
        api.topic(TOPIC);
        Api.reset(Http.client(), args[3]);
        Instant now = Instant.now();
        long started = System.nanoTime();
        String answer = api.send("POST", "/api/v1/notification-campaigns", "{\"name\":\"chaos\",\"topic\":\"" + TOPIC
                + "\",\"payload\":{\"holiday\":\"春节\"},\"segment\":{\"importance\":\"POTENTIAL\"},\"sendFrom\":\""
                + now + "\",\"sendUntil\":\"" + now.plusSeconds(7200) + "\",\"ratePerMinute\":100000}", null);
        System.out.printf("campaign made: %s messages in %.1f s%n", Http.field(answer, "messages"),
                (System.nanoTime() - started) / 1e9);
        Files.writeString(Path.of(args[4]), Http.field(answer, "id"));
    }

    private static void verify(String[] args) throws Exception {
        HttpClient http = Http.client();
        int n = Integer.parseInt(args[3]);
        String campaign = args[4];
        long deadline = System.currentTimeMillis() + 1_800_000L;
        long sent = 0;
        while (System.currentTimeMillis() < deadline) {
            sent = count(args[1], campaign, "status = 'SENT'");
            if (sent >= n) {
                break;
            }
            Thread.sleep(2000);
        }
        long other = count(args[1], campaign, "status <> 'SENT'");
        long requests = Api.stat(http, args[2], "requests");
        long distinct = Api.stat(http, args[2], "distinct");
        long duplicates = Api.stat(http, args[2], "duplicates");
        long queries = Api.stat(http, args[2], "queries");
        boolean ok = sent == n && other == 0 && requests == n && distinct == n && duplicates == 0;
        String line = String.format("chaos campaign %,d messages, app SIGKILLed mid-way and restarted: SENT %,d, "
                + "not SENT %,d; stub SendSms requests %,d, distinct ids %,d, duplicates %d; delivery-report queries "
                + "after the restart %,d -> %s", n, sent, other, requests, distinct, duplicates, queries,
                ok ? "every message sent exactly once" : "NOT exactly once");
        System.out.println(line);
        Files.writeString(Path.of(args[5]), line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (!ok) {
            System.exit(2);
        }
    }

    private static long count(String url, String campaign, String condition) throws Exception {
        try (Connection c = Jdbc.connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM notifications WHERE event_id = "
                        + Ids.hex(java.util.UUID.fromString(campaign)) + " AND " + condition)) {
            r.next();
            return r.getLong(1);
        }
    }
}
