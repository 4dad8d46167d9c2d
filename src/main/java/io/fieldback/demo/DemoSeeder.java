package io.fieldback.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.fieldback.common.PageParams;
import io.fieldback.insights.InsightsConfig;
import io.fieldback.station.DealerService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Seeds a small, realistic demo network so that dev mode shows figures at once: two dealers, eight stations,
 * 240 customers, six weeks of visits, follow-up calls, complaints and a vendor survey batch, all made through
 * the features' services (rules, events and jobs as in production) from a fixed random seed, relative to
 * today, so the latest full week always has data. Only into a database without dealers, so it runs once per
 * data directory and never mixes with data of one's own. On in dev ({@code fieldback.demo.enabled}), after
 * migrations, on a background thread: the app serves requests while it seeds.
 */
@ApplicationScoped
public class DemoSeeder {

    static final long SEED = 20261206L;

    private final DemoConfig config;
    private final InsightsConfig insights;
    private final Acting acting;
    private final DealerService dealers;
    private final NetworkBuilder network;
    private final VisitHistory visits;
    private final CallHistory calls;
    private final ComplaintHistory complaints;
    private final VendorBatch vendorBatch;
    private final CompletableFuture<Tally> startup = new CompletableFuture<>();

    DemoSeeder(DemoConfig config, InsightsConfig insights, Acting acting, DealerService dealers,
            NetworkBuilder network, VisitHistory visits, CallHistory calls, ComplaintHistory complaints,
            VendorBatch vendorBatch) {
        this.config = config;
        this.insights = insights;
        this.acting = acting;
        this.dealers = dealers;
        this.network = network;
        this.visits = visits;
        this.calls = calls;
        this.complaints = complaints;
        this.vendorBatch = vendorBatch;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            startup.complete(new Tally());
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                startup.complete(seed());
            } catch (Exception | Error e) {
                Log.warnf(e, "demo data: seeding failed part-way; delete the data directory (dev: target/mariadb-dev) "
                        + "to start again from an empty database");
                startup.completeExceptionally(e);
            }
        }, "demo-seeder");
        thread.setDaemon(true);
        thread.start();
    }

    /** The seeding started at start-up: what it made (nothing when it was off or found dealers). */
    public CompletableFuture<Tally> startupRun() {
        return startup;
    }

    /** Seeds the demo network unless the database has dealers already; returns what it made. */
    public synchronized Tally seed() throws InterruptedException {
        Tally tally = new Tally();
        if (hasDealers()) {
            Log.info("demo data: not seeded, the database already has dealers");
            return tally;
        }
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(insights.timeZone());
        Network built = network.build(random, today, tally);
        List<VisitHistory.Done> done = visits.record(built, random, now, tally);
        calls.afterVisits(built, random, now, tally);
        complaints.record(done, random, now, tally);
        calls.afterComplaints(built, random, now, tally);
        vendorBatch.upload(built, random, today, tally);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Log.infof("demo data seeded in %.1f s (%s). Open the latest full week's report, e.g. curl -H "
                + "\"Authorization: Bearer $(curl -s '%s/dev/token?role=analyst')\" %s; a dealer's view: "
                + "/dev/token?role=dealer&dealerId=%s (%s)", took.toMillis() / 1000.0, tally, baseUrl(),
                weeklyPage(today), built.dealers().get(0), DemoPlaces.DEALERS.get(0).code());
        return tally;
    }

    private boolean hasDealers() {
        PageParams one = new PageParams();
        one.limit = 1;
        return acting.as(NetworkBuilder.ADMIN, () -> !dealers.list(null, true, one).items().isEmpty()
                || !dealers.list(null, false, one).items().isEmpty());
    }

    /** The weekly page of the latest full ISO week, in the insights time zone. */
    private String weeklyPage(LocalDate today) {
        LocalDate lastWeek = today.minusWeeks(1);
        return String.format("%s/api/v1/insights/weekly-reports/%d-W%02d/page", baseUrl(),
                lastWeek.get(IsoFields.WEEK_BASED_YEAR), lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String baseUrl() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        return "http://localhost:" + port;
    }
}
