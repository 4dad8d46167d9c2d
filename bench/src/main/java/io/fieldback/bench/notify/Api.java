package io.fieldback.bench.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import io.fieldback.bench.Http;
import io.fieldback.bench.Tokens;

/** The app's API as an admin, and the stub's statistics. */
final class Api {

    private final HttpClient http = Http.client();
    private final String base;
    private final String token;

    Api(String base, Path privateKey) throws Exception {
        this.base = base;
        this.token = new Tokens(privateKey).person("bench-admin", "admin");
    }

    /** A JSON request that must answer 2xx; the body. */
    String send(String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(15))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** An urgent SMS topic (quiet hours and the frequency cap do not hold a benchmark back) and its template. */
    void topic(String topic) throws Exception {
        send("PUT", "/api/v1/notification-topics/" + topic, "{\"fields\":[\"holiday\"],\"channels\":[\"SMS\"],"
                + "\"urgent\":true}", null);
        send("POST", "/api/v1/notification-templates", "{\"topic\":\"" + topic + "\",\"channel\":\"SMS\","
                + "\"locale\":\"zh-CN\",\"body\":\"{contactName}，{holiday}快乐\",\"providerTemplateId\":\"SMS_0001\"}", null);
    }

    static long stat(HttpClient http, String stub, String name) throws Exception {
        String json = http.send(HttpRequest.newBuilder(URI.create(stub + "/stats")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(Http.field(json, name));
    }

    static void reset(HttpClient http, String stub) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(stub + "/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
