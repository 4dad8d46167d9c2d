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

    @Test
    void aMonthOutOfRangeIsABadRequest() {
        stationManager(f.stationId).queryParam("month", "1999-13").get("/api/v1/stations/" + f.stationId + "/arrival-figures")
                .then().statusCode(400);
    }
}
