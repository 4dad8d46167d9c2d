package io.fieldback.bench.visits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.fieldback.bench.Http;
import io.fieldback.bench.Stats;

/**
 * Times the technician's delta feed, GET /api/v1/me/visits?limit=50, at page 1 and at a deep page
 * (default 1,000), reached by following nextCursor from page 1 as a phone catching up would. The walk
 * also checks that every visit comes exactly once. Then page 1 and the deep page are fetched alternately
 * (so both see the same machine noise), and the medians are compared.
 *
 * Usage: Feed <baseUrl> <tokenFile> <page> <samples> <outFile>
 */
public final class Feed {

    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
    // VisitView starts with its id; parts and the rest carry no plain "id"
    private static final Pattern ITEM_ID = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = Files.readString(Path.of(args[1])).trim();
        int deepPage = Integer.parseInt(args[2]);
        int samples = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        HttpClient http = Http.client();
        String first = base + "/api/v1/me/visits?limit=50";

        // the walk: page 1 .. deepPage, following cursors
        long walkStart = System.nanoTime();
        Set<String> seen = new HashSet<>();
        int items = 0;
        String url = first;
        String deepUrl = null;
        int page = 0;
        while (url != null && page < deepPage) {
            page++;
            String body = Http.get(http, url, token);
            Matcher m = ITEM_ID.matcher(body);
            while (m.find()) {
                items++;
                seen.add(m.group(1));
            }
            if (page == deepPage) {
                deepUrl = url;
                break;
            }
            Matcher next = NEXT.matcher(body);
            url = next.find() ? first + "&cursor=" + next.group(1) : null;
        }
        double walkSeconds = (System.nanoTime() - walkStart) / 1e9;
        if (deepUrl == null) {
            throw new IllegalStateException("the feed ended at page " + page + " (" + items
                    + " visits); seed more visits for the feed technician or ask for a shallower page");
        }
        boolean exactlyOnce = seen.size() == items;
        System.out.printf(Locale.ROOT, "walked %d pages (%d visits, %s) in %.1f s%n", page, items,
                exactlyOnce ? "each exactly once" : (items - seen.size()) + " DUPLICATES", walkSeconds);

        // alternate page 1 and the deep page; the first rounds warm both up and are not counted
        int warm = 3;
        double[] p1 = new double[samples];
        double[] deep = new double[samples];
        for (int i = -warm; i < samples; i++) {
            double a = time(http, first, token);
            double b = time(http, deepUrl, token);
            if (i >= 0) {
                p1[i] = a;
                deep[i] = b;
            }
        }
        double m1 = Stats.median(p1);
        double mDeep = Stats.median(deep);
        String text = String.format(Locale.ROOT,
                "page=%d%nwalk_pages=%d%nwalk_items=%d%nwalk_distinct=%d%nwalk_seconds=%.1f%nsamples=%d%n"
                        + "page1_ms=%.2f%npage_deep_ms=%.2f%nratio=%.2f%n",
                deepPage, page, items, seen.size(), walkSeconds, samples, m1, mDeep, mDeep / m1);
        Files.writeString(out, text);
        System.out.println("figures: " + text.replace("\n", "  "));
    }

    private static double time(HttpClient http, String url, String token) throws Exception {
        long t0 = System.nanoTime();
        Http.get(http, url, token);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static HttpRequest request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

}
