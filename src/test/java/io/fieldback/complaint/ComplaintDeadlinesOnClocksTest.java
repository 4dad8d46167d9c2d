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
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.complaint.ComplaintFixtures.toClosed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.clock.Clocks;
import io.quarkus.test.junit.QuarkusTest;

/** Complaint deadlines run on the clock module's clocks and its one escalation job (issue 16). */
@QuarkusTest
class ComplaintDeadlinesOnClocksTest {

    @Inject
    Clocks clocks;

    @AfterEach
    void realTime() {
        time().reset();
    }

    private static UUID complaintWithDepartment() {
        Map<String, Object> body = body(customer());
        body.put("departmentCode", department());
        return create(body);
    }

    @Test
    void aMissedDeadlineIsEscalatedExactlyOnceByTheClockJob() {
        UUID id = complaintWithDepartment();
        advance(Duration.ofHours(13));
        clocks.escalateBreaches();
        clocks.escalateBreaches();
        handler().get(path(id)).then().statusCode(200)
                .body("escalations.clock", contains("FIRST_CONTACT"))
                .body("escalations[0].supervisorName", equalTo("陈志强"))
                .body("clocks.clock", contains("FIRST_CONTACT", "REPLY", "CORRECTIVE_REPORT"))
                .body("clocks.status", contains("MISSED", "RUNNING", "RUNNING"))
                .body("clocks[0].escalatedAt", notNullValue())
                .body("clocks[1].escalatedAt", nullValue());
        assertThat(events(ComplaintEscalated.TOPIC, id)).hasSize(1);
    }

    @Test
    void closedAfterTheBreachButBeforeTheJobRanItIsStillEscalatedOnce() {
        UUID customer = customer();
        Map<String, Object> body = body(customer);
        body.put("departmentCode", department());
        UUID id = create(body);
        advance(Duration.ofHours(13));
        // first contact is late; reply and corrective report are met on the way (urgent: 48 h and 3 days)
        toClosed(id);
        handler().get(path(id)).then().body("status", equalTo("CLOSED"))
                .body("clocks.status", contains("MISSED", "MET", "MET"))
                .body("clocks[0].escalatedAt", nullValue())
                .body("escalations", org.hamcrest.Matchers.empty());

        clocks.escalateBreaches();
        clocks.escalateBreaches();
        handler().get(path(id)).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("escalations.clock", contains("FIRST_CONTACT"))
                .body("clocks.status", contains("MISSED", "MET", "MET"))
                .body("clocks[0].escalatedAt", notNullValue())
                .body("clocks[1].escalatedAt", nullValue())
                .body("clocks[2].escalatedAt", nullValue());
        assertThat(events(ComplaintEscalated.TOPIC, id)).hasSize(1);
        // stopped, even if late: no longer overdue in the list
        handler().queryParam("customerId", customer).queryParam("overdue", "true").get(COMPLAINTS).then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }
}
