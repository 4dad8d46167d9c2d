package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.COMPLAINTS;
import static io.fieldback.complaint.ComplaintFixtures.advance;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.customer;
import static io.fieldback.complaint.ComplaintFixtures.department;
import static io.fieldback.complaint.ComplaintFixtures.events;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.step;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EscalationTest {

    @Inject
    ComplaintJobs job;

    @AfterEach
    void realTime() {
        time().reset();
    }

    private static UUID complaintOf(String departmentCode) {
        Map<String, Object> body = body(customer());
        if (departmentCode != null) {
            body.put("departmentCode", departmentCode);
        }
        return create(body);
    }

    @Test
    void aMissedClockIsEscalatedOnceToTheDepartmentsSupervisor() {
        String code = department();
        UUID id = complaintOf(code);
        advance(Duration.ofHours(13));
        job.escalateBreaches();
        job.escalateBreaches();
        handler().get(path(id)).then().statusCode(200)
                .body("escalations", hasSize(1))
                .body("escalations[0].clock", equalTo("FIRST_CONTACT"))
                .body("escalations[0].departmentCode", equalTo(code))
                .body("escalations[0].supervisorName", equalTo("陈志强"))
                .body("escalations[0].supervisorContact", equalTo("+8613900001111"))
                .body("escalations[0].escalatedAt", notNullValue())
                .body("clocks[0].escalatedAt", notNullValue())
                .body("clocks[1].escalatedAt", nullValue());
        assertThat(events(ComplaintEscalated.TOPIC, id)).hasSize(1);
    }

    @Test
    void eachClockIsEscalatedWhenItIsMissedAndNotBefore() {
        UUID id = complaintOf(department());
        advance(Duration.ofHours(13));
        job.escalateBreaches();
        advance(Duration.ofDays(3));
        job.escalateBreaches();
        handler().get(path(id)).then()
                .body("escalations.clock", containsInAnyOrder("FIRST_CONTACT", "REPLY", "CORRECTIVE_REPORT"));
    }

    @Test
    void aClockMetInTimeIsNeverEscalated() {
        UUID id = complaintOf(department());
        step(id, "CONTACTED");
        advance(Duration.ofHours(13));
        job.escalateBreaches();
        handler().get(path(id)).then().body("escalations", empty())
                .body("clocks[0].status", equalTo("MET"));
    }

    @Test
    void aClockStoppedLateIsStillEscalated() {
        UUID id = complaintOf(department());
        advance(Duration.ofHours(13));
        step(id, "CONTACTED");
        job.escalateBreaches();
        handler().get(path(id)).then().body("escalations.clock", contains("FIRST_CONTACT"));
    }

    @Test
    void withoutADepartmentTheFallbackDepartmentsSupervisorIsTold() {
        Tokens.admin().body(Map.of("code", "CUSTOMER-SERVICE", "name", "客户服务部", "supervisorName", "周丽",
                "supervisorContact", "+8613900002222")).post(ComplaintFixtures.DEPARTMENTS);
        UUID id = complaintOf(null);
        advance(Duration.ofHours(13));
        job.escalateBreaches();
        handler().get(path(id)).then()
                .body("escalations[0].departmentCode", equalTo("CUSTOMER-SERVICE"))
                .body("escalations[0].supervisorName", equalTo("周丽"));
    }

    @Test
    void supervisorsContactsAndCustomerPhonesAreOnlyForHandlersAndAdmins() {
        UUID id = complaintOf(department());
        advance(Duration.ofHours(13));
        job.escalateBreaches();
        for (String role : new String[] { Roles.ANALYST, Roles.AGENT }) {
            Tokens.as(role).get(path(id)).then().statusCode(200)
                    .body("escalations[0].supervisorName", equalTo("陈志强"))
                    .body("escalations[0].supervisorContact", nullValue())
                    .body("contactPhone", equalTo("+86138****5678"));
        }
        Tokens.admin().get(path(id)).then().body("escalations[0].supervisorContact", notNullValue())
                .body("contactPhone", equalTo("+8613812345678"));
    }

    @Test
    void twoRunsAtOnceEscalateEachBreachExactlyOnce() throws Exception {
        String code = department();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(complaintOf(code));
        }
        advance(Duration.ofDays(8));
        long before = markedClocks();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.escalateBreaches();
                }));
            }
            start.countDown();
            int first = runs.get(0).get(120, TimeUnit.SECONDS);
            int second = runs.get(1).get(120, TimeUnit.SECONDS);
            // batches are small (test profile), so both runs find unlocked work while the other holds its rows
            assertThat(first).as("the first run escalated some").isPositive();
            assertThat(second).as("the second run escalated some").isPositive();
            int escalated = first + second;
            // the clock module's one job also marks other features' clocks past due by then, so the runs' counts
            // are checked against every clock marked, and each complaint's escalations one by one below
            assertThat(markedClocks() - before).as("every missed clock was counted by exactly one run")
                    .isEqualTo(escalated);
            assertThat(escalated).isGreaterThanOrEqualTo(ids.size() * 3);
        } finally {
            pool.shutdownNow();
        }
        for (UUID id : ids) {
            handler().get(path(id)).then()
                    .body("escalations.clock", containsInAnyOrder("FIRST_CONTACT", "REPLY", "CORRECTIVE_REPORT"));
            assertThat(events(ComplaintEscalated.TOPIC, id)).hasSize(3);
        }
        assertThat(job.escalateBreaches()).as("nothing is left to escalate").isZero();
    }

    @Test
    void overdueComplaintsAreListedAsSuch() {
        UUID customer = customer();
        UUID late = create(body(customer));
        advance(Duration.ofHours(13));
        UUID fresh = create(body(customer));
        handler().queryParam("customerId", customer).queryParam("overdue", "true").get(COMPLAINTS).then()
                .statusCode(200).body("items.id", contains(late.toString())).body("items[0].overdue", equalTo(true));
        handler().queryParam("customerId", customer).queryParam("overdue", "false").get(COMPLAINTS).then()
                .body("items.id", contains(fresh.toString())).body("items[0].overdue", equalTo(false));
    }

    private static long markedClocks() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from deadline_clocks where breached_at is not null")
                .getSingleResult()).longValue());
    }
}
