package io.fieldback.campaign;

import static io.fieldback.campaign.CampaignFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.campaign.internal.CampaignTopUp;
import io.fieldback.common.TimeSource;
import io.fieldback.support.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/** Facts that change after the start: machines delivered later, appointments moved to another slot. */
@QuarkusTest
class CampaignFollowUpTest {

    @Inject
    TimeSource time;

    private CampaignFixtures f;

    @BeforeEach
    void network() {
        f = new CampaignFixtures();
    }

    @Test
    void aMachineDeliveredAfterTheStartThatMatchesGetsItsItemOnce() {
        UUID first = f.machine(f.east, 1, "2026-02-01");
        UUID campaign = f.campaign(f.body(1, 5, null, "2099-12-31"));
        admin().post(URL + "/" + campaign + "/start").then().statusCode(200).body("itemCount", equalTo(1));

        UUID matching = f.machine(f.north, 2, "2026-05-01");
        f.machine(f.east, 3, "2025-05-01");  // delivered before the campaign's delivery range
        f.machine(f.east, 9, "2026-05-01");  // past the serial range
        topUp();
        topUp();

        // by hand: the first machine and the matching one; the two others stay out, and the second run adds nothing
        admin().get(URL + "/" + campaign).then().statusCode(200).body("itemCount", equalTo(2));
        assertThat(f.items(campaign)).extracting(i -> i.get("equipmentId"))
                .containsExactlyInAnyOrder(first.toString(), matching.toString());
        assertThat(f.item(campaign, matching)).containsEntry("state", "NOT_STARTED").containsEntry("region", "NORTH");
    }

    @Test
    void noItemIsAddedOnceTheDeadlineHasPassedOrBeforeTheStart() {
        f.machine(f.east, 1, "2026-02-01");
        UUID over = f.campaign(f.body(1, 5, null, "2026-01-31"));
        admin().post(URL + "/" + over + "/start").then().statusCode(200).body("itemCount", equalTo(1));
        UUID notStarted = f.campaign(f.body(1, 5, null, "2099-12-31"));
        f.machine(f.east, 2, "2026-05-01");
        topUp();

        admin().get(URL + "/" + over).then().statusCode(200).body("itemCount", equalTo(1));
        admin().get(URL + "/" + notStarted).then().statusCode(200).body("itemCount", equalTo(0));
        assertThat(f.items(notStarted)).isEmpty();
    }

    @Test
    void aRescheduledAppointmentTakesTheItemAlong() {
        UUID machine = f.machine(f.east, 1, "2026-02-01");
        UUID campaign = f.campaign(f.body(1, 1, null, "2099-12-31"));
        admin().post(URL + "/" + campaign + "/start").then().statusCode(200);
        UUID old = f.book(machine);
        assertThat(f.item(campaign, machine)).containsEntry("appointmentId", old.toString());

        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant later = LocalDate.now(zone).plusDays(8).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        String moved = Tokens.as("agent").body(Map.of("startsAt", later.toString()))
                .post("/api/v1/appointments/" + old + "/reschedule").then().statusCode(200).extract().path("id");
        CampaignFixtures.readEvents();
        assertThat(f.item(campaign, machine)).containsEntry("state", "BOOKED").containsEntry("appointmentId", moved)
                .containsEntry("stationId", f.station.toString());

        // the new appointment cancelled: the item is given back (it followed, so the cancellation finds it)
        admin().body(Map.of("reason", "客户改期")).post("/api/v1/appointments/" + moved + "/cancel").then()
                .statusCode(200);
        CampaignFixtures.readEvents();
        assertThat(f.item(campaign, machine)).containsEntry("state", "NOT_STARTED").doesNotContainKey("appointmentId");
    }

    @Test
    void monthlyFiguresCountAnItemFromTheMonthItJoinedAndClosed() {
        UUID m1 = f.machine(f.east, 1, "2026-02-01");
        UUID m2 = f.machine(f.east, 2, "2026-02-01");
        UUID campaign = f.campaign(f.body(1, 5, null, "2099-12-31"));
        try {
            at("2026-10-15T02:00:00Z");
            admin().post(URL + "/" + campaign + "/start").then().statusCode(200).body("itemCount", equalTo(2));
            outcome(f.item(campaign, m1).get("id"), "NOT_REACHABLE");
            at("2026-11-10T02:00:00Z");
            f.machine(f.north, 3, "2026-05-01");
            topUp();
            outcome(f.item(campaign, m2).get("id"), "NOT_APPLICABLE");

            // by hand: October 2 items (1 not reachable, 1 open); November 3 items (1 not reachable, 1 not
            // applicable, 1 open: the machine that joined); completion 0 / (items - not applicable)
            admin().get(URL + "/" + campaign + "/figures").then().statusCode(200).body("months.size()", equalTo(2))
                    .body("months[0].month", equalTo("2026-10")).body("months[0].rate.items", equalTo(2))
                    .body("months[0].rate.notReachable", equalTo(1)).body("months[0].rate.open", equalTo(1))
                    .body("months[0].rate.notApplicable", equalTo(0))
                    .body("months[1].month", equalTo("2026-11")).body("months[1].rate.items", equalTo(3))
                    .body("months[1].rate.notReachable", equalTo(1)).body("months[1].rate.notApplicable", equalTo(1))
                    .body("months[1].rate.open", equalTo(1)).body("months[1].rate.completionRate", equalTo(0.0f));
        } finally {
            time.reset();
        }
    }

    private void at(String instant) {
        time.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static void outcome(Object item, String state) {
        admin().body(Map.of("state", state, "reason", "回访记录")).post(CampaignFixtures.ITEMS + "/" + item + "/outcome")
                .then().statusCode(200);
    }

    private static void topUp() {
        Arc.container().instance(CampaignTopUp.class).get().runOnce();
    }
}
