package io.fieldback.dispatch;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.stationManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.clock.Clocks;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.support.TestData;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/** The promise by customer importance, its clock (escalated once, stopped on site) and the on-time rate. */
@QuarkusTest
class ArrivalPromiseTest {

    DispatchFixtures f;

    @BeforeEach
    void fixtures() {
        f = new DispatchFixtures();
    }

    @AfterEach
    void realTime() {
        Arc.container().instance(TimeSource.class).get().reset();
    }

    /** A visit of the customer requested this long ago (the fixtures' customer is KEY: promised 24 h on). */
    UUID requestedAgo(UUID customer, Duration ago) {
        UUID id = UuidV7.next();
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customer.toString());
        body.put("stationId", f.stationId.toString());
        body.put("type", "PAID_REPAIR");
        body.put("requestedAt", Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS).toString());
        admin().body(body).put("/api/v1/visits/" + id).then().statusCode(201);
        return id;
    }

    Instant promisedBy(UUID visit) {
        return Instant.parse(admin().get("/api/v1/visits/" + visit + "/dispatch-details").then().statusCode(200)
                .extract().path("promisedBy"));
    }

    static long missedEvents(UUID visit) {
        return DomainEventsProbe.payloads(visit).stream().filter(e -> "dispatch.promise-missed".equals(e.get("topic"))).count();
    }

    static int escalate() {
        return Arc.container().instance(Clocks.class).get().escalateBreaches();
    }

    void arrive(UUID visit, UUID tech) {
        UUID assignment = AssignmentLifecycleTest.assign(f, visit, tech, "ASSIGNED");
        AssignmentLifecycleTest.answer(f, tech, assignment, "ON_SITE", UuidV7.next()).statusCode(201);
    }

    @Test
    void keyCustomersArePromisedADayOthersTwo() {
        Map<String, Object> ordinary = new HashMap<>(TestData.customer());
        ordinary.put("importance", "ORDINARY");
        UUID plain = UUID.fromString(admin().body(ordinary).post("/api/v1/customers").then().statusCode(201).extract().path("id"));
        UUID key = requestedAgo(f.customerId, Duration.ofHours(1));
        UUID other = requestedAgo(plain, Duration.ofHours(1));
        Instant requested = Instant.parse(admin().get("/api/v1/visits/" + key).then().extract().path("requestedAt"));
        assertThat(promisedBy(key)).isEqualTo(requested.plus(24, ChronoUnit.HOURS));
        Instant requestedOther = Instant.parse(admin().get("/api/v1/visits/" + other).then().extract().path("requestedAt"));
        assertThat(promisedBy(other)).isEqualTo(requestedOther.plus(48, ChronoUnit.HOURS));
    }

    @Test
    void aBrokenPromiseEscalatesOnceEvenWhenTheJobRunsTwice() {
        UUID late = requestedAgo(f.customerId, Duration.ofHours(30)); // promised 6 h ago, nobody there
        admin().get("/api/v1/visits/" + late + "/dispatch-details").then().body("promise", equalTo("OVERDUE"));
        escalate();
        escalate();
        assertThat(missedEvents(late)).isEqualTo(1);
        assertThat(DomainEventsProbe.payloads(late).stream().filter(e -> "dispatch.promise-missed".equals(e.get("topic")))
                .map(e -> (String) e.get("payload")).findFirst().orElseThrow())
                .contains("\"stationId\":\"" + f.stationId + "\"", "\"customerId\":\"" + f.customerId + "\"");
    }

    @Test
    void theClockStopsOnSite() {
        UUID tech = f.capableTechnician("准时", b -> { });
        UUID visit = f.visitOnDay(9, 12, 3);
        arrive(visit, tech);
        admin().get("/api/v1/visits/" + visit + "/dispatch-details").then().body("promise", equalTo("ON_TIME"));
        // two days on, the promise has passed: a stopped clock does not escalate
        Arc.container().instance(TimeSource.class).get().use(Clock.offset(Clock.systemUTC(), Duration.ofDays(2)));
        escalate();
        assertThat(missedEvents(visit)).isZero();
    }

    @Test
    void theOnTimeRateIsCountedPerStationAndMonth() {
        UUID tech = f.capableTechnician("统计", b -> b.put("dailyCap", 20));
        UUID lateArrival = requestedAgo(f.customerId, Duration.ofHours(30));
        UUID onTime = requestedAgo(f.customerId, Duration.ofHours(2));
        UUID overdue = requestedAgo(f.customerId, Duration.ofHours(30));
        UUID open = requestedAgo(f.customerId, Duration.ofHours(1));
        // the default window (request .. promise) must lie in a shift: every day, all day
        f.describe(tech, b -> b.put("shifts", java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> Map.of("dayOfWeek", d.name(), "start", "00:00", "end", "23:59")).toList()));
        arrive(lateArrival, tech);
        arrive(onTime, tech);
        Map<UUID, String> outcome = Map.of(lateArrival, "LATE", onTime, "ON_TIME", overdue, "OVERDUE", open, "OPEN");
        // hand count, by the month each promise falls in (Shanghai time)
        Map<YearMonth, int[]> expected = new HashMap<>();
        outcome.forEach((visit, what) -> {
            int[] counts = expected.computeIfAbsent(YearMonth.from(promisedBy(visit).atZone(DispatchFixtures.ZONE)),
                    m -> new int[4]);
            counts[List.of("ON_TIME", "LATE", "OVERDUE", "OPEN").indexOf(what)]++;
        });
        expected.forEach((month, c) -> {
            Double rate = c[0] + c[1] + c[2] == 0 ? null : Math.round(1000.0 * c[0] / (c[0] + c[1] + c[2])) / 1000.0;
            var response = stationManager(f.stationId).queryParam("month", month.toString())
                    .get("/api/v1/stations/" + f.stationId + "/arrival-figures").then().statusCode(200)
                    .body("onTime", equalTo(c[0])).body("late", equalTo(c[1])).body("overdue", equalTo(c[2]))
                    .body("open", equalTo(c[3])).body("promised", equalTo(c[0] + c[1] + c[2] + c[3]));
            if (rate != null) {
                response.body("onTimeRate", equalTo(rate.floatValue()));
            }
        });
        // in the usual case all four fall in one month: 1 on time of 3 due
        if (expected.size() == 1) {
            assertThat(expected.values().iterator().next()).containsExactly(1, 1, 1, 1);
        }
    }

    /** The back office changes the customer's importance (GET, PUT with the ETag), then dispatch reads the change. */
    static void importance(UUID customer, String importance) {
        String path = "/api/v1/customers/" + customer;
        io.restassured.response.Response current = admin().get(path);
        current.then().statusCode(200);
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("code", "name", "relationship", "region", "province", "doNotCall", "dealerId")) {
            if (current.jsonPath().get(field) != null) {
                body.put(field, current.jsonPath().get(field));
            }
        }
        body.put("importance", importance);
        admin().header("If-Match", current.header("ETag")).body(body).put(path).then().statusCode(200)
                .body("importance", equalTo(importance));
        Arc.container().instance(io.fieldback.dispatch.internal.PromiseFollower.class).get().runOnce();
    }

    static Instant requestedAt(UUID visit) {
        return Instant.parse(admin().get("/api/v1/visits/" + visit).then().extract().path("requestedAt"));
    }

    @Test
    void thePromiseFollowsTheCustomersImportanceUntilSomeoneIsOnSite() {
        UUID tech = f.capableTechnician("跟随", b -> { });
        UUID met = f.visitOnDay(9, 12, 3);
        arrive(met, tech);
        UUID waiting = requestedAgo(f.customerId, Duration.ofHours(1));
        UUID overdue = requestedAgo(f.customerId, Duration.ofHours(30)); // KEY: promised 24 h on, 6 h ago
        Instant metPromise = promisedBy(met);
        assertThat(metPromise).isEqualTo(requestedAt(met).plus(24, ChronoUnit.HOURS));
        admin().get("/api/v1/visits/" + overdue + "/dispatch-details").then().body("promise", equalTo("OVERDUE"));

        importance(f.customerId, "ORDINARY"); // between the request and the arrival: 48 h now
        assertThat(promisedBy(waiting)).isEqualTo(requestedAt(waiting).plus(48, ChronoUnit.HOURS));
        assertThat(promisedBy(overdue)).isEqualTo(requestedAt(overdue).plus(48, ChronoUnit.HOURS));
        admin().get("/api/v1/visits/" + overdue + "/dispatch-details").then().body("promise", equalTo("OPEN"));
        escalate();
        assertThat(missedEvents(overdue)).isZero(); // 18 h left: nothing to escalate
        // the met promise was kept against the importance of its time
        assertThat(promisedBy(met)).isEqualTo(metPromise);
        admin().get("/api/v1/visits/" + met + "/dispatch-details").then().body("promise", equalTo("ON_TIME"));

        importance(f.customerId, "KEY"); // and back: 24 h, the 30 h old request is overdue again and escalates once
        assertThat(promisedBy(waiting)).isEqualTo(requestedAt(waiting).plus(24, ChronoUnit.HOURS));
        assertThat(promisedBy(overdue)).isEqualTo(requestedAt(overdue).plus(24, ChronoUnit.HOURS));
        escalate();
        escalate();
        assertThat(missedEvents(overdue)).isEqualTo(1);
        assertThat(missedEvents(waiting)).isZero();
        assertThat(promisedBy(met)).isEqualTo(metPromise);
    }

    @Test
    void aMonthOutOfRangeIsABadRequest() {
        stationManager(f.stationId).queryParam("month", "1999-13").get("/api/v1/stations/" + f.stationId + "/arrival-figures")
                .then().statusCode(400);
    }
}
