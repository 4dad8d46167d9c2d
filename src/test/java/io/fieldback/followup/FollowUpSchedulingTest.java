package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.callOfVisit;
import static io.fieldback.followup.FollowUpFixtures.callsOfVisit;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.followup.FollowUpFixtures.Callable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A completed visit becomes exactly one follow-up call, however often and however concurrently the job runs. */
@QuarkusTest
class FollowUpSchedulingTest {

    @Inject
    FollowUpScheduler scheduler;

    private FollowUpFixtures f;

    @BeforeEach
    void freshStation() {
        f = new FollowUpFixtures();
    }

    @Test
    void aCompletedVisitSchedulesACallDueAWeekLaterToThePreferredContact() {
        Callable c = FollowUpFixtures.callable("END_USER");
        FollowUpFixtures.contact(c.customerId(), FollowUpFixtures.mobile(), null, null, false);
        Instant completedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID visit = f.completedVisit(c.customerId(), c.equipmentId(), completedAt);
        scheduler.runOnce();

        JsonPath call = callOfVisit(visit);
        assertThat(call.getString("status")).isEqualTo("OPEN");
        assertThat(call.getString("source")).isEqualTo("VISIT");
        assertThat(Instant.parse(call.getString("dueAt"))).isEqualTo(completedAt.plus(Duration.ofDays(7)));
        assertThat(call.getString("customerId")).isEqualTo(c.customerId().toString());
        assertThat(call.getString("equipmentId")).isEqualTo(c.equipmentId().toString());
        assertThat(call.getString("stationId")).isEqualTo(f.stationId.toString());
        assertThat(call.getString("relationship")).isEqualTo("END_USER");
        assertThat(call.getString("productLine")).isEqualTo("YC6K");
        assertThat(call.getString("contact.id")).isEqualTo(c.contactId().toString());
        assertThat(call.getString("contact.phone")).isEqualTo(c.phone());
        assertThat(call.getInt("attemptCount")).isZero();
    }

    @Test
    void runningTheJobAgainCreatesNoSecondCall() {
        Callable c = FollowUpFixtures.callable("OEM");
        UUID visit = f.completedVisit(c.customerId(), c.equipmentId(), Instant.now().minusSeconds(600));
        scheduler.runOnce();
        // a later run (or an instance started after a restart) finds the event handled and the call there
        assertThat(scheduler.runOnce()).isZero();
        assertThat(callsOfVisit(visit)).hasSize(1);
    }

    @Test
    void twoJobRunsRacingCreateExactlyOneCallPerVisit() throws Exception {
        List<UUID> visits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable c = FollowUpFixtures.callable("DEALER");
            visits.add(f.completedVisit(c.customerId(), c.equipmentId(), Instant.now().minusSeconds(600)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return scheduler.runOnce();
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Integer> run : runs) {
                created += run.get(120, TimeUnit.SECONDS);
            }
            assertThat(created).isGreaterThanOrEqualTo(visits.size());
        } finally {
            pool.shutdownNow();
        }
        for (UUID visit : visits) {
            assertThat(callsOfVisit(visit)).as("calls of visit %s", visit).hasSize(1);
        }
    }

    @Test
    void aVisitWithoutPreferredContactIsCalledOnTheFirstContact() {
        UUID customer = FollowUpFixtures.customer("END_USER", false);
        String first = FollowUpFixtures.mobile();
        UUID firstContact = FollowUpFixtures.contact(customer, first, "09:00", "18:00", false);
        FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, false);
        UUID visit = f.completedVisit(customer, null, Instant.now().minusSeconds(600));
        scheduler.runOnce();
        JsonPath call = callOfVisit(visit);
        assertThat(call.getString("contact.id")).isEqualTo(firstContact.toString());
        assertThat(call.getString("contact.callWindowStart")).startsWith("09:00");
        assertThat(call.getString("contact.callWindowEnd")).startsWith("18:00");
        assertThat(call.getString("productLine")).isNull();
    }

    @Test
    void theBackOfficeCreatesACallByHandForAnyCustomer() {
        Callable c = FollowUpFixtures.callable("OEM");
        Instant due = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var response = admin().body(java.util.Map.of("customerId", c.customerId().toString(), "dueAt", due.toString(),
                "note", "客户来电要求回访")).post(FOLLOWUPS);
        response.then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("OPEN")).body("source", equalTo("BACK_OFFICE"))
                .body("dueAt", equalTo(due.toString())).body("note", equalTo("客户来电要求回访"))
                .body("contact.id", equalTo(c.contactId().toString()));
        String location = response.header("Location");
        admin().get(location).then().statusCode(200).body("id", equalTo(response.path("id")));
    }

    @Test
    void aHandMadeCallIsIdempotentByKey() {
        Callable c = FollowUpFixtures.callable("OEM");
        String token = io.fieldback.support.Tokens.token("admin", null, null);
        String key = UUID.randomUUID().toString();
        var body = java.util.Map.of("customerId", c.customerId().toString());
        String first = io.fieldback.station.StationFixtures.with(token).header("Idempotency-Key", key).body(body)
                .post(FOLLOWUPS).then().statusCode(201).extract().path("id");
        io.fieldback.station.StationFixtures.with(token).header("Idempotency-Key", key).body(body).post(FOLLOWUPS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        admin().queryParam("customerId", c.customerId().toString()).get(FOLLOWUPS).then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void aVisitHasAtMostOneCallEvenByHand() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID visit = f.completedVisit(c.customerId(), c.equipmentId(), Instant.now().minusSeconds(600));
        scheduler.runOnce();
        admin().body(java.util.Map.of("customerId", c.customerId().toString(), "visitId", visit.toString()))
                .post(FOLLOWUPS).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aHandMadeCallForAVisitTakesTheVisitsEquipmentAndIsNotScheduledAgain() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID visit = f.completedVisit(c.customerId(), c.equipmentId(), Instant.now().minusSeconds(600));
        admin().body(java.util.Map.of("customerId", c.customerId().toString(), "visitId", visit.toString()))
                .post(FOLLOWUPS).then().statusCode(201).body("equipmentId", equalTo(c.equipmentId().toString()))
                .body("visitId", equalTo(visit.toString()));
        scheduler.runOnce();
        assertThat(callsOfVisit(visit)).hasSize(1);
    }

    @Test
    void aHandMadeCallNamesTheFieldsThatDoNotFit() {
        Callable c = FollowUpFixtures.callable("END_USER");
        Callable other = FollowUpFixtures.callable("END_USER");
        admin().body(java.util.Map.of("customerId", UUID.randomUUID().toString())).post(FOLLOWUPS).then()
                .statusCode(400).body("errors[0].field", equalTo("customerId"));
        admin().body(java.util.Map.of("customerId", c.customerId().toString(), "equipmentId",
                other.equipmentId().toString())).post(FOLLOWUPS).then().statusCode(400)
                .body("errors[0].field", equalTo("equipmentId"));
        admin().body(java.util.Map.of("customerId", c.customerId().toString(), "visitId", UUID.randomUUID().toString()))
                .post(FOLLOWUPS).then().statusCode(400).body("errors[0].field", equalTo("visitId"));
        admin().body(java.util.Map.of()).post(FOLLOWUPS).then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
    }
}
