package io.fieldback.booking;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.booking.internal.BookingJobs;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.support.StatementBudget;
import io.fieldback.support.StatementCounter;
import io.fieldback.support.Tokens;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/** Booking reads a claimed batch of completed visits at once (issue 21): their appointments in one query. */
@QuarkusTest
class BookingBatchReadingTest {

    @Inject
    Scheduler scheduler;

    /** The reader also runs every 10 s in tests; paused, it cannot take a batch's events before the test does. */
    @BeforeEach
    void pauseTheScheduledReader() {
        scheduler.pause("booking-completed-visits");
    }

    @AfterEach
    void resumeTheScheduledReader() {
        scheduler.resume("booking-completed-visits");
    }

    @Inject
    TimeSource time;

    @Inject
    BookingJobs jobs;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private void now(Instant at) {
        time.use(Clock.fixed(at, ZoneOffset.UTC));
    }

    private void complete(String visit, Instant at, BookingFixtures f) {
        Tokens.technician(f.station).body(Map.of("id", UuidV7.next().toString(), "type", "COMPLETED", "occurredAt",
                at.toString(), "outcome", "FIXED")).post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
    }

    @Test
    void aBatchMixingAVisitOfACheckedInAppointmentAndVisitsWithout() {
        jobs.completedVisits(); // other tests' visits
        BookingFixtures f = new BookingFixtures();
        f.open(2);
        String checkedIn = f.book(f.at(9)).then().statusCode(201).extract().path("id");
        String stillConfirmed = f.book(f.at(10)).then().statusCode(201).extract().path("id");
        now(f.at(9).minus(Duration.ofMinutes(10)));
        String visit = Tokens.stationManager(f.station).post("/api/v1/appointments/" + checkedIn + "/check-in").then()
                .statusCode(200).extract().path("visitId");
        now(f.at(11));
        f.m.completedNotYetRead(f.machine, "PAID_REPAIR", null, f.at(8)); // no appointment: nothing to do
        complete(visit, f.at(10), f);

        assertThat(jobs.completedVisits()).isEqualTo(2);
        admin().get("/api/v1/appointments/" + checkedIn).then().body("status", equalTo("COMPLETED"));
        admin().get("/api/v1/appointments/" + stillConfirmed).then().body("status", equalTo("CONFIRMED"));
        assertThat(jobs.completedVisits()).isZero();
    }

    @Test
    void aBatchOfFiftyVisitsReadsTheirAppointmentsOnce() {
        jobs.completedVisits();
        BookingFixtures f = new BookingFixtures();
        for (int i = 0; i < 50; i++) {
            f.m.completedNotYetRead(f.machine, "PAID_REPAIR", null, Instant.now().minusSeconds(3600 + i));
        }
        int[] counted = StatementCounter.statementsAndSelectsOf(() -> jobs.completedVisits());
        // the reader's watermark, the receipts' scan, the batch's appointments, the next (empty) scan
        StatementBudget.within("booking: SELECTs for 50 visit.completed", counted[1], 4);
        StatementBudget.within("booking: statements for 50 visit.completed", counted[0], 6);
    }
}
