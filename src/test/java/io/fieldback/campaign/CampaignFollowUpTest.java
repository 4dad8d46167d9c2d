package io.fieldback.campaign;

import static io.fieldback.campaign.CampaignFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.campaign.internal.CampaignTopUp;
import io.fieldback.support.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/** Facts that change after the start: machines delivered later, appointments moved to another slot. */
@QuarkusTest
class CampaignFollowUpTest {

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

    private static void topUp() {
        Arc.container().instance(CampaignTopUp.class).get().runOnce();
    }
}
