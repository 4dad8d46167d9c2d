package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.callOfVisit;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.followup.internal.FollowUpConfig;
import io.fieldback.followup.internal.FollowUpPolicy;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 15, observation 1, at a tenth of its size: eligibility is decided again at the draw, at hand-out
 * and when the customer changes, not only when the call is scheduled. The facts change between every pair
 * of steps: schedule, (do-not-call, calls made by hand), draw, (more of both), hand-out, (do-not-call),
 * attempt.
 */
@QuarkusTest
class EligibilityAtEveryStepTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int AGENTS = 50;

    @Inject
    FollowUpScheduler scheduler;

    @Inject
    FollowUpConfig config;

    private FollowUpFixtures f;
    private LocalDate day;

    @BeforeEach
    void samplingOn() {
        QuarkusMock.installMockForType(new FollowUpPolicy(config) {
            @Override
            public boolean samplingEnabled() {
                return true;
            }
        }, FollowUpPolicy.class);
        f = new FollowUpFixtures();
        day = LocalDate.now(SHANGHAI).minusDays(ThreadLocalRandom.current().nextInt(400, 1500));
    }

    /** A callable customer whose visit's call falls due at noon of the test's day; visit id by customer. */
    private Map<Callable, java.util.UUID> customersDue(String relationship, int count) {
        Instant completedAt = day.atTime(12, 0).atZone(SHANGHAI).toInstant().minus(config.delay());
        Map<Callable, java.util.UUID> visits = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Callable c = FollowUpFixtures.callable(relationship);
            visits.put(c, f.completedVisit(c.customerId(), c.equipmentId(), completedAt.plusSeconds(i)));
        }
        return visits;
    }

    @Test
    void eligibilityIsDecidedAgainAtTheDrawAtHandOutAndAtTheAttempt() throws Exception {
        // 100 callable (60 / 30 / 10), 20 that go on do-not-call and 20 that are called by hand before the draw,
        // both in the same 60 / 30 / 10 proportion
        Map<Callable, java.util.UUID> callable = new LinkedHashMap<>();
        Map<Callable, java.util.UUID> goDoNotCall = new LinkedHashMap<>();
        Map<Callable, java.util.UUID> calledByHand = new LinkedHashMap<>();
        int[] shares = { 6, 3, 1 };
        String[] types = { "OEM", "DEALER", "END_USER" };
        for (int t = 0; t < 3; t++) {
            callable.putAll(customersDue(types[t], shares[t] * 10));
            goDoNotCall.putAll(customersDue(types[t], shares[t] * 2));
            calledByHand.putAll(customersDue(types[t], shares[t] * 2));
        }
        scheduler.runOnce();
        for (java.util.UUID visit : concat(callable, goDoNotCall, calledByHand).values()) {
            assertThat(callOfVisit(visit).getString("status")).isEqualTo("AWAITING_SAMPLE");
        }

        // between scheduling and the draw
        Instant morning = day.atTime(9, 0).atZone(SHANGHAI).toInstant();
        goDoNotCall.keySet().forEach(c -> FactChanges.doNotCall(c.customerId()));
        calledByHand.keySet().forEach(c -> FactChanges.calledByHand(c.customerId(), c.equipmentId(), morning));

        JsonPath sample = admin().body(Map.of("date", day.toString(), "size", 50)).post(FOLLOWUPS + "/samples").then()
                .statusCode(201).extract().jsonPath();
        assertThat(sample.getList("strata.population", Integer.class)).containsExactly(60, 30, 10);
        assertThat(sample.getInt("population")).isEqualTo(100);
        assertThat(sample.getList("strata.selected", Integer.class)).containsExactly(30, 15, 5);
        assertNotEligible(goDoNotCall.values(), "DO_NOT_CALL");
        assertNotEligible(calledByHand.values(), "CALLED_RECENTLY");

        List<Callable> drawn = new ArrayList<>();
        callable.forEach((c, visit) -> {
            String status = callOfVisit(visit).getString("status");
            assertThat(status).isIn("OPEN", "NOT_SAMPLED");
            if (status.equals("OPEN")) {
                drawn.add(c);
            }
        });
        assertThat(drawn).hasSize(50);

        // between the draw and hand-out: 5 drawn customers go on do-not-call, 5 are called by hand
        Map<Callable, java.util.UUID> lateDoNotCall = new LinkedHashMap<>();
        Map<Callable, java.util.UUID> lateByHand = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            Callable c = drawn.get(i * 5);
            (i < 5 ? lateDoNotCall : lateByHand).put(c, callable.get(c));
        }
        lateDoNotCall.keySet().forEach(c -> FactChanges.doNotCall(c.customerId()));
        lateByHand.keySet().forEach(c -> FactChanges.calledByHand(c.customerId(), c.equipmentId(), morning));

        Map<String, String> handedOut = fiftyAgentsTakeCalls(drawn.stream().map(c -> callOfVisit(callable.get(c))
                .getString("id")).collect(Collectors.toSet()));
        Set<String> neverToCall = concat(goDoNotCall, calledByHand, lateDoNotCall, lateByHand).keySet().stream()
                .map(c -> c.customerId().toString()).collect(Collectors.toSet());
        Set<String> customersHandedOut = handedOut.keySet().stream()
                .map(id -> FollowUpFixtures.call(java.util.UUID.fromString(id)).getString("customerId"))
                .collect(Collectors.toSet());
        assertThat(customersHandedOut).as("customers handed out").doesNotContainAnyElementsOf(neverToCall);
        assertNotEligible(lateDoNotCall.values(), "DO_NOT_CALL");
        assertNotEligible(lateByHand.values(), "CALLED_RECENTLY");
        List<String> stillToCall = drawn.stream().filter(c -> !lateDoNotCall.containsKey(c) && !lateByHand.containsKey(c))
                .map(c -> callOfVisit(callable.get(c)).getString("id")).toList();
        assertThat(stillToCall).hasSize(40);
        assertThat(handedOut.keySet()).containsAll(stillToCall);

        // between hand-out and the attempt: 3 of the claimed customers go on do-not-call
        for (int i = 0; i < 5; i++) {
            String callId = stillToCall.get(i);
            JsonPath call = FollowUpFixtures.call(java.util.UUID.fromString(callId));
            if (i < 3) {
                FactChanges.doNotCall(java.util.UUID.fromString(call.getString("customerId")));
            }
            FollowUpFixtures.agent(handedOut.get(callId))
                    .body(FollowUpFixtures.completed(240, FollowUpFixtures.topAnswers()))
                    .post(FollowUpFixtures.attempts(java.util.UUID.fromString(callId))).then()
                    .statusCode(i < 3 ? 409 : 201);
            JsonPath after = FollowUpFixtures.call(java.util.UUID.fromString(callId));
            assertThat(after.getString("status")).isEqualTo(i < 3 ? "NOT_ELIGIBLE" : "COMPLETED");
        }
    }

    /**
     * 50 agents take calls until the queue runs dry. A call of this test stays claimed by its agent (who then
     * stops); other tests' calls are put back with a callback in a month. Returns call id to agent.
     */
    private static Map<String, String> fiftyAgentsTakeCalls(Set<String> mine) throws Exception {
        Map<String, String> handedOut = Collections.synchronizedMap(new HashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> agents = new ArrayList<>();
            for (int a = 0; a < AGENTS; a++) {
                String agent = TestData.unique("agent");
                agents.add(pool.submit(() -> {
                    for (int i = 0; i < 5000; i++) {
                        Response next = FollowUpFixtures.agent(agent).post(FOLLOWUPS + "/next");
                        if (next.statusCode() == 204) {
                            return null;
                        }
                        next.then().statusCode(200);
                        String id = next.path("id");
                        assertThat(handedOut.put(id, agent)).as("call %s handed out twice", id).isNull();
                        if (mine.contains(id)) {
                            return null;
                        }
                        Map<String, Object> later = FollowUpFixtures.attempt("CALLBACK_REQUESTED", null);
                        later.put("callbackAt", Instant.now().plusSeconds(30L * 24 * 3600).toString());
                        FollowUpFixtures.agent(agent).body(later).post(FollowUpFixtures.attempts(
                                java.util.UUID.fromString(id))).then().statusCode(201);
                    }
                    throw new AssertionError("the queue did not run dry");
                }));
            }
            for (Future<?> agent : agents) {
                agent.get(600, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return handedOut;
    }

    private static void assertNotEligible(java.util.Collection<java.util.UUID> visits, String reason) {
        for (java.util.UUID visit : visits) {
            JsonPath call = callOfVisit(visit);
            assertThat(call.getString("status")).as("call of visit %s", visit).isEqualTo("NOT_ELIGIBLE");
            assertThat(call.getString("ineligibleReason")).as("call of visit %s", visit).isEqualTo(reason);
            assertThat(call.getString("closedAt")).isNotNull();
        }
    }

    @SafeVarargs
    private static Map<Callable, java.util.UUID> concat(Map<Callable, java.util.UUID>... maps) {
        Map<Callable, java.util.UUID> all = new LinkedHashMap<>();
        for (Map<Callable, java.util.UUID> map : maps) {
            all.putAll(map);
        }
        return all;
    }
}
