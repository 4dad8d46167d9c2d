package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The agents' queue. It is shared by every test, so these tests never expect a particular call first
 * unless they make it the only one of a product line; they drain the queue to prove what is left out.
 */
@QuarkusTest
class CallQueueTest {

    private static final String NEXT = FOLLOWUPS + "/next";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    /** A call due a minute ago for a customer whose equipment is of the given series (product line). */
    private static UUID dueCall(String series) {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID unit = FollowUpFixtures.equipment(c.customerId(), series, FollowUpFixtures.LONG_AGO);
        return FollowUpFixtures.manualCall(c.customerId(), unit, Instant.now().minusSeconds(60));
    }

    private static void train(String agent, String... lines) {
        admin().body(Map.of("name", "张丽", "productLines", List.of(lines))).put(FOLLOWUPS + "/agents/" + agent)
                .then().statusCode(201);
    }

    /** Claims with new agents until nothing is due; returns the calls handed out, in order. */
    private static List<String> drain() {
        List<String> claimed = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Response response = FollowUpFixtures.anyAgent().post(NEXT);
            if (response.statusCode() == 204) {
                return claimed;
            }
            response.then().statusCode(200);
            claimed.add(response.path("id"));
        }
        throw new AssertionError("the queue did not run dry");
    }

    @Test
    void parallelClaimersNeverGetTheSameCall() throws Exception {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            mine.add(dueCall("YC6K").toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> claimers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                claimers.add(pool.submit(() -> {
                    start.await();
                    claimed.addAll(drain());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> claimer : claimers) {
                claimer.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).as("no call handed out twice").doesNotHaveDuplicates();
        assertThat(claimed).containsAll(mine);
    }

    @Test
    void theClaimNamesTheAgentAndShowsThePhone() {
        String line = TestData.unique("PL");
        UUID call = dueCall(line);
        String agent = TestData.unique("agent");
        train(agent, line);
        FollowUpFixtures.agent(agent).post(NEXT).then().statusCode(200).body("id", equalTo(call.toString()))
                .body("claimedBy", equalTo(agent)).body("claimExpiresAt", org.hamcrest.Matchers.notNullValue())
                .body("contact.phone", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("*")));
    }

    @Test
    void anAgentTrainedOnAProductLineGetsItsCallsFirst() {
        String line = TestData.unique("PL");
        dueCall("YC6K");
        UUID lineCall = dueCall(line);
        String agent = TestData.unique("agent");
        train(agent, line);
        FollowUpFixtures.agent(agent).post(NEXT).then().statusCode(200).body("id", equalTo(lineCall.toString()))
                .body("productLine", equalTo(line));
    }

    @Test
    void seriesAreRoutedByTheirConfiguredProductLine() {
        UUID call = dueCall("YC6MK");
        admin().get(FOLLOWUPS + "/" + call).then().body("productLine", equalTo("heavy-duty-diesel"));
    }

    @Test
    void anAgentHoldingAClaimGetsTheSameCallAgain() {
        String line = TestData.unique("PL");
        UUID call = dueCall(line);
        String agent = TestData.unique("agent");
        train(agent, line);
        RequestSpecification same = FollowUpFixtures.agent(agent);
        String first = same.post(NEXT).then().statusCode(200).extract().path("id");
        FollowUpFixtures.agent(agent).post(NEXT).then().statusCode(200).body("id", equalTo(first));
        assertThat(first).isEqualTo(call.toString());
    }

    @Test
    void aClaimThatRunsOutReturnsTheCallToTheQueue() {
        String line = TestData.unique("PL");
        UUID call = dueCall(line);
        String first = TestData.unique("agent");
        String second = TestData.unique("agent");
        train(first, line);
        train(second, line);
        FollowUpFixtures.agent(first).post(NEXT).then().statusCode(200).body("id", equalTo(call.toString()));
        Response other = FollowUpFixtures.agent(second).post(NEXT);
        if (other.statusCode() == 200) {
            assertThat((String) other.path("id")).isNotEqualTo(call.toString());
        }
        time.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
        FollowUpFixtures.agent(second).post(NEXT).then().statusCode(200).body("id", equalTo(call.toString()))
                .body("claimedBy", equalTo(second));
    }

    @Test
    void aCallIsHandedOutOnlyInsideItsContactsCallWindow() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalTime now = LocalTime.now(shanghai);
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID customer = c.customerId();
        // the preferred contact can be called from two to three hours from now, local time
        FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), now.plusHours(2).format(HH_MM),
                now.plusHours(3).format(HH_MM), true);
        UUID call = FollowUpFixtures.manualCall(customer, c.equipmentId(), Instant.now().minusSeconds(60));
        admin().get(FOLLOWUPS + "/" + call).then().body("contact.callWindowStart", org.hamcrest.Matchers
                .startsWith(now.plusHours(2).format(HH_MM)));

        assertThat(drain()).doesNotContain(call.toString());
        time.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(150)));
        assertThat(drain()).contains(call.toString());
    }

    @Test
    void aCallNotYetDueIsNotHandedOut() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID call = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), Instant.now().plusSeconds(3600));
        assertThat(drain()).doesNotContain(call.toString());
    }

    @Test
    void onlyAgentsTakeCallsFromTheQueue() {
        for (String role : List.of(Roles.ANALYST, Roles.ADMIN, Roles.HANDLER, Roles.TECHNICIAN)) {
            FollowUpFixtures.as(role).post(NEXT).then().statusCode(403);
        }
        io.fieldback.support.Tokens.dealer(UUID.randomUUID()).post(NEXT).then().statusCode(403);
    }
}
