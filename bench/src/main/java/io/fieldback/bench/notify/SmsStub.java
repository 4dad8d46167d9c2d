package io.fieldback.bench.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stub of the Aliyun-SendSms-style provider, in a process of its own so that it outlives a killed app:
 * SendSms is counted per OutId (our notification id) and answered OK; QuerySendDetails answers the OutIds it took
 * for the number, as the real delivery report does. GET /stats: requests, distinct OutIds, duplicates, first and
 * last SendSms (epoch ms); POST /reset forgets everything.
 *
 * Usage: SmsStub <port file>
 */
public final class SmsStub {

    private final Map<String, AtomicLong> byOutId = new ConcurrentHashMap<>();
    private final Map<String, List<String>> byPhone = new ConcurrentHashMap<>();
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong first = new AtomicLong();
    private final AtomicLong last = new AtomicLong();

    public static void main(String[] args) throws Exception {
        SmsStub stub = new SmsStub();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/stats", stub::stats);
        server.createContext("/reset", stub::reset);
        server.createContext("/", stub::provider);
        server.start();
        Files.writeString(Path.of(args[0]), Integer.toString(server.getAddress().getPort()));
        System.out.println("SMS stub on port " + server.getAddress().getPort());
    }

    private void provider(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if ("QuerySendDetails".equals(form.get("Action"))) {
            queries.incrementAndGet();
            StringBuilder details = new StringBuilder();
            for (String outId : byPhone.getOrDefault(form.get("PhoneNumber"), List.of())) {
                details.append(details.length() == 0 ? "" : ",").append("{\"OutId\":\"").append(outId)
                        .append("\",\"SendStatus\":3,\"BizId\":\"stub-").append(outId).append("\"}");
            }
            answer(exchange, "{\"Code\":\"OK\",\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[" + details + "]}}");
            return;
        }
        String outId = form.get("OutId");
        long now = System.currentTimeMillis();
        first.compareAndSet(0, now);
        last.accumulateAndGet(now, Math::max);
        sends.incrementAndGet();
        if (byOutId.computeIfAbsent(outId, k -> new AtomicLong()).incrementAndGet() > 1) {
            duplicates.incrementAndGet();
        }
        byPhone.computeIfAbsent(form.get("PhoneNumbers"), k -> new CopyOnWriteArrayList<>()).add(outId);
        answer(exchange, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"stub-" + outId + "\"}");
    }

    private void stats(HttpExchange exchange) throws IOException {
        answer(exchange, "{\"requests\":" + sends.get() + ",\"distinct\":" + byOutId.size() + ",\"duplicates\":"
                + duplicates.get() + ",\"queries\":" + queries.get() + ",\"first\":" + first.get() + ",\"last\":"
                + last.get() + "}");
    }

    private void reset(HttpExchange exchange) throws IOException {
        byOutId.clear();
        byPhone.clear();
        sends.set(0);
        queries.set(0);
        duplicates.set(0);
        first.set(0);
        last.set(0);
        answer(exchange, "{}");
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static Map<String, String> form(String body) {
        Map<String, String> params = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
