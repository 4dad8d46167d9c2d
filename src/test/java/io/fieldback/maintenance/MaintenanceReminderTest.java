package io.fieldback.maintenance;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The ladder -14d, -3d, 0d, +7d (fieldback.maintenance.reminder-ladder). */
@QuarkusTest
class MaintenanceReminderTest {

    @Inject
    TimeSource time;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private void today(String day) {
        time.use(Clock.fixed(Instant.parse(day + "T04:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void eachStepIsRecordedOnceEvenWhenTwoRunsOverlap() throws Exception {
        MaintenanceFixtures f = new MaintenanceFixtures();
        // delivered 2026-01-01, first service 3 months later: due 2026-04-01; on 03-29 the -3d step is reached
        today("2026-03-29");
        f.rule("FLOATING", null, 3, null, 6);
        UUID machine = f.machine("2026-01-01");
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        String item = (String) f.latest(machine).get("id");
        runTwiceAtOnce();
        runTwiceAtOnce();
        // the -14d step was jumped over (the item was forecast after it): only -3d is sent
        assertThat(reminders(item)).containsExactly("-3d");
        today("2026-04-01");
        runTwiceAtOnce();
        assertThat(reminders(item)).containsExactly("-3d", "0d");
        Map<String, Object> payload = new com.fasterxml.jackson.databind.ObjectMapper().readValue(lastPayload(item), Map.class);
        assertThat(payload).containsEntry("customerId", f.customer.toString()).containsEntry("equipmentId", machine.toString())
                .containsEntry("dueItemId", item).containsEntry("step", "0d").containsEntry("dueDate", "2026-04-01");
    }

    @Test
    void afterTheLastStepAnOverdueServiceBecomesASolicitationCall() throws Exception {
        MaintenanceFixtures f = new MaintenanceFixtures();
        today("2026-04-08");
        f.rule("FLOATING", null, 3, null, 6);
        UUID machine = f.machine("2026-01-01");
        admin().post("/api/v1/maintenance/forecast-runs").then().statusCode(200);
        String item = (String) f.latest(machine).get("id");
        runTwiceAtOnce();
        assertThat(reminders(item)).containsExactly("+7d");
        List<Map<String, Object>> calls = Tokens.as("agent").queryParam("customerId", f.customer)
                .queryParam("purpose", "MAINTENANCE_SOLICITATION").get("/api/v1/followups").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).containsEntry("source", "MAINTENANCE");
        assertThat(f.latest(machine)).containsEntry("state", "OVERDUE");
    }

    private void runTwiceAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> run = () -> admin().post("/api/v1/maintenance/reminder-runs").then().extract().statusCode();
        for (var r : pool.invokeAll(List.of(run, run))) {
            assertThat(r.get()).isEqualTo(200);
        }
        pool.shutdown();
    }

    @SuppressWarnings("unchecked")
    private List<String> reminders(String item) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT JSON_VALUE(payload, '$.step') "
                + "FROM domain_events WHERE topic = 'maintenance.reminder' AND aggregate_id = ?1 ORDER BY id")
                .setParameter(1, UUID.fromString(item)).getResultList());
    }

    private String lastPayload(String item) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("SELECT payload FROM domain_events "
                + "WHERE topic = 'maintenance.reminder' AND aggregate_id = ?1 ORDER BY id DESC LIMIT 1")
                .setParameter(1, UUID.fromString(item)).getSingleResult());
    }
}
