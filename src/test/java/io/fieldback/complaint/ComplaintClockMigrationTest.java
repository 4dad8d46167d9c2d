package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.advance;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.customer;
import static io.fieldback.complaint.ComplaintFixtures.department;
import static io.fieldback.complaint.ComplaintFixtures.events;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.clock.Clocks;
import io.fieldback.common.UuidV7;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Changeset 141 carries the complaint clocks written before complaints moved onto the clock module: a complaint's
 * clocks are put back as legacy complaint_clocks rows (its deadline_clocks rows removed, as before the change),
 * the changeset's own copy statement runs, and the complaint shows, and escalates, what the old rows said.
 */
@QuarkusTest
class ComplaintClockMigrationTest {

    private static final String CHANGESET = "db/changelog/141-complaint-clocks-on-deadline-clocks.sql";

    @Inject
    Clocks clocks;

    @AfterEach
    void realTime() {
        time().reset();
    }

    @Test
    void legacyComplaintClocksAreCarriedWithTheirFactsAndEscalateOnlyWhatWasOwed() throws IOException {
        Map<String, Object> request = body(customer());
        request.put("departmentCode", department());
        UUID id = create(request);
        Instant received = Instant.parse(handler().get(path(id)).then().extract().path("receivedAt"));
        Instant contacted = received.plus(Duration.ofHours(2));
        Instant replyDue = received.plus(Duration.ofHours(48));
        Instant reportDue = received.plus(Duration.ofDays(3));
        Instant reportBreached = reportDue.plus(Duration.ofMinutes(3));
        QuarkusTransaction.requiringNew().run(() -> {
            sql("DELETE FROM deadline_clocks WHERE subject_type = 'complaint' AND subject_id = ?1", bytes(id));
            // met in time; still running and owed an escalation; already marked and escalated by the old job
            legacy(id, "FIRST_CONTACT", received.plus(Duration.ofHours(12)), contacted, null, null);
            legacy(id, "REPLY", replyDue, null, null, replyDue);
            legacy(id, "CORRECTIVE_REPORT", reportDue, null, reportBreached, null);
        });
        assertThat(copy()).as("the copy carries the complaint's three rows").isGreaterThanOrEqualTo(3);
        assertThat(copy()).as("a second run finds every row there").isZero();

        advance(Duration.ofDays(4));
        ValidatableResponse before = handler().get(path(id)).then().statusCode(200)
                .body("clocks.clock", contains("FIRST_CONTACT", "REPLY", "CORRECTIVE_REPORT"))
                .body("clocks.status", contains("MET", "MISSED", "MISSED"))
                .body("clocks[1].escalatedAt", nullValue());
        assertThat(instant(before, "clocks[0].stoppedAt")).isEqualTo(contacted);
        assertThat(instant(before, "clocks[1].dueAt")).isEqualTo(replyDue);
        assertThat(instant(before, "clocks[2].escalatedAt")).isEqualTo(reportBreached);

        clocks.escalateBreaches();
        clocks.escalateBreaches();
        handler().get(path(id)).then().body("escalations.clock", contains("REPLY"))
                .body("clocks.status", contains("MET", "MISSED", "MISSED"));
        assertThat(events(ComplaintEscalated.TOPIC, id)).hasSize(1);
        assertThat(instant(handler().get(path(id)).then(), "clocks[2].escalatedAt"))
                .as("the old breach mark stands").isEqualTo(reportBreached);
        handler().get(path(id)).then().body("escalations[0].dueAt", equalTo(before.extract().path("clocks[1].dueAt")));
    }

    /** The changeset's copy statement, as Liquibase runs it. */
    private static int copy() throws IOException {
        String statement;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CHANGESET)) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String block = file.split("--changeset fieldback:141-complaint-clocks-to-deadline-clocks")[1]
                    .split("--changeset")[0];
            statement = block.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")).trim();
        }
        String sql = statement.substring(0, statement.lastIndexOf(';'));
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery(sql)
                .executeUpdate());
    }

    private static void legacy(UUID complaint, String clock, Instant due, Instant stopped, Instant breached,
            Instant escalate) {
        // the times go in as literals: a null bound to a native query has no type to bind it as
        sql("INSERT INTO complaint_clocks (id, complaint_id, clock, due_at, stopped_at, breached_at, escalate_at) "
                + "VALUES (?1, ?2, ?3, " + literal(due) + ", " + literal(stopped) + ", " + literal(breached) + ", "
                + literal(escalate) + ")", bytes(UuidV7.next()), bytes(complaint), clock);
    }

    private static String literal(Instant at) {
        return at == null ? "NULL" : "'" + at.toString().replace("T", " ").replace("Z", "") + "'";
    }

    private static void sql(String sql, Object... params) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        query.executeUpdate();
    }

    private static Instant instant(ValidatableResponse response, String field) {
        return Instant.parse(response.extract().<String>path(field));
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
