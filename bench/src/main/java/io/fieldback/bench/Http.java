package io.fieldback.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP side every tool shares: a client, an authorised GET that must answer 200, a field of a JSON answer. */
public final class Http {

    private Http() {
    }

    /** HTTP/1.1, as phones and dealer systems talk to the app (and as wrk does). */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** GET with a bearer token; the body (read in full, UTF-8), or an exception naming the status. */
    public static String get(HttpClient http, String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120)).GET().build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /**
     * The value of the first field of that name in a JSON text: a string's content, or a number, boolean or flat
     * array as written. Enough for the answers the tools read; not a JSON parser.
     */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|\\[[^\\]]*\\]|[^,}\\s]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
