package io.fieldback.campaign;

import static io.fieldback.campaign.CampaignFixtures.ITEMS;
import static io.fieldback.campaign.CampaignFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A campaign from its targeting through notification, booking, visits and outcomes to its figures. */
@QuarkusTest
class CampaignFlowTest {

    private CampaignFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void network() {
        f = new CampaignFixtures();  // not a field initialiser: the test instance exists before the app listens
    }

    @Test
    void startTargetsTheSeriesSerialDeliveryAndRegionOnceAndItemsMoveToTheirEnds() {
        UUID m1 = f.machine(f.east, 1, "2026-02-01");  // below the serial range
        UUID m2 = f.machine(f.east, 2, "2026-02-01");
        UUID m3 = f.machine(f.east, 3, "2026-03-01");
        UUID m4 = f.machine(f.east, 4, "2026-03-01");
        UUID m5 = f.machine(f.north, 5, "2026-04-01");
        UUID m6 = f.machine(f.east, 6, "2025-06-01");  // in the serial range, delivered before the campaign's dates
        UUID campaign = f.campaign(f.body(2, 6, null, "2099-12-31"));

        admin().post(URL + "/" + campaign + "/start").then().statusCode(200).body("itemCount", equalTo(4));
        admin().post(URL + "/" + campaign + "/start").then().statusCode(200).body("itemCount", equalTo(4));
        List<Map<String, Object>> items = f.items(campaign);
        assertThat(items).extracting(i -> i.get("equipmentId"))
                .containsExactlyInAnyOrder(m2.toString(), m3.toString(), m4.toString(), m5.toString());
        assertThat(items).extracting(i -> i.get("state")).containsOnly("NOT_STARTED");
        assertThat(List.of(m1, m6)).isNotEmpty();

        admin().post(URL + "/" + campaign + "/notify").then().statusCode(200).body("notified", equalTo(4));
        admin().post(URL + "/" + campaign + "/notify").then().statusCode(200).body("notified", equalTo(0));

        // an appointment for m4 books its item; a campaign visit on m2 closes m2's item
        f.book(m4);
        assertThat(f.item(campaign, m4)).containsEntry("state", "BOOKED").containsEntry("stationId", f.station.toString());
        f.completedVisit(f.east, m2, "RECALL_CAMPAIGN");
        assertThat(f.item(campaign, m2)).containsEntry("state", "DONE").containsEntry("stationId", f.station.toString());

        // a repair visit on m3 closes nothing by itself; linked to m4's item it is refused, to m3's it closes it
        UUID repair = f.completedVisit(f.east, m3, "WARRANTY_REPAIR");
        assertThat(f.item(campaign, m3)).containsEntry("state", "NOTIFIED");
        Object m4Item = f.item(campaign, m4).get("id");
        admin().body(Map.of("visitId", repair.toString())).post(ITEMS + "/" + m4Item + "/visit").then().statusCode(400)
                .body("detail", containsString("another machine"));
        admin().get(ITEMS + "/" + m4Item).then().statusCode(200).body("state", equalTo("BOOKED"))
                .body("visitId", nullValue());
        Object m3Item = f.item(campaign, m3).get("id");
        admin().body(Map.of("visitId", repair.toString())).post(ITEMS + "/" + m3Item + "/visit").then().statusCode(200)
                .body("state", equalTo("DONE")).body("visitId", equalTo(repair.toString()));
        admin().body(Map.of("visitId", repair.toString())).post(ITEMS + "/" + m3Item + "/visit").then().statusCode(409);

        Object m5Item = f.item(campaign, m5).get("id");
        admin().body(Map.of("state", "NOT_APPLICABLE", "reason", "机器已报废")).post(ITEMS + "/" + m5Item + "/outcome")
                .then().statusCode(200).body("state", equalTo("NOT_APPLICABLE")).body("reason", equalTo("机器已报废"));
        admin().body(Map.of("state", "NOT_REACHABLE", "reason", "电话空号")).post(ITEMS + "/" + m5Item + "/outcome")
                .then().statusCode(409);
        admin().body(Map.of("state", "DONE", "reason", "做完了")).post(ITEMS + "/" + m4Item + "/outcome")
                .then().statusCode(400);

        // by hand: 4 items; done m2, m3 (station); N/A m5 (NORTH, no station); open m4 (booked, station)
        // completion = done / (items - not applicable) = 2/3
        admin().get(URL + "/" + campaign + "/figures").then().statusCode(200)
                .body("total.items", equalTo(4)).body("total.done", equalTo(2)).body("total.notApplicable", equalTo(1))
                .body("total.open", equalTo(1)).body("total.completionRate", equalTo(0.667f))
                .body("stations.size()", equalTo(2))
                .body("stations.find { it.stationId == '" + f.station + "' }.rate.items", equalTo(3))
                .body("stations.find { it.stationId == '" + f.station + "' }.rate.completionRate", equalTo(0.667f))
                .body("stations.find { it.stationId == null }.rate.notApplicable", equalTo(1))
                .body("stations.find { it.stationId == null }.rate.completionRate", nullValue())
                .body("regions.find { it.region == 'EAST' }.rate.done", equalTo(2))
                .body("regions.find { it.region == 'EAST' }.rate.open", equalTo(1))
                .body("regions.find { it.region == 'NORTH' }.rate.notApplicable", equalTo(1))
                .body("months[-1].rate.done", equalTo(2)).body("openPastDeadline", equalTo(0));
    }

    @Test
    void aCancelledAppointmentGivesTheItemBack() {
        UUID machine = f.machine(f.east, 1, "2026-02-01");
        UUID campaign = f.campaign(f.body(1, 1, null, "2099-12-31"));
        admin().post(URL + "/" + campaign + "/start").then().statusCode(200);
        admin().post(URL + "/" + campaign + "/notify").then().statusCode(200).body("notified", equalTo(1));
        UUID appointment = f.book(machine);
        assertThat(f.item(campaign, machine)).containsEntry("state", "BOOKED")
                .containsEntry("appointmentId", appointment.toString());

        admin().body(Map.of("reason", "客户临时有事")).post("/api/v1/appointments/" + appointment + "/cancel").then()
                .statusCode(200);
        CampaignFixtures.readEvents();
        assertThat(f.item(campaign, machine)).containsEntry("state", "NOTIFIED")
                .doesNotContainKeys("appointmentId", "stationId");  // null fields are left out of the JSON
    }

    @Test
    void itemsOpenPastTheDeadlineAreCountedAndListed() {
        UUID m1 = f.machine(f.east, 1, "2026-02-01");
        f.machine(f.east, 2, "2026-02-01");
        f.machine(f.east, 3, "2026-02-01");
        f.machine(f.north, 4, "2026-02-01");  // outside the EAST region
        UUID campaign = f.campaign(f.body(1, 4, "EAST", "2026-01-31"));
        admin().post(URL + "/" + campaign + "/start").then().statusCode(200).body("itemCount", equalTo(3));
        admin().body(Map.of("state", "NOT_REACHABLE", "reason", "三次未接通"))
                .post(ITEMS + "/" + f.item(campaign, m1).get("id") + "/outcome").then().statusCode(200);

        admin().get(URL + "/" + campaign + "/figures").then().statusCode(200).body("openPastDeadline", equalTo(2))
                .body("total.notReachable", equalTo(1)).body("total.completionRate", equalTo(0.0f));
        admin().queryParam("overdue", true).get(URL + "/" + campaign + "/items").then().statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void aDealerSeesOnlyItsCustomersItemsAndAStationOnlyThoseAtIt() {
        UUID mine = f.machine(f.east, 1, "2026-02-01");
        CampaignFixtures other = new CampaignFixtures();
        Map<String, Object> body = f.body(1, 1, null, "2099-12-31");
        UUID campaign = f.campaign(body);
        admin().post(URL + "/" + campaign + "/start").then().statusCode(200);
        Object item = f.item(campaign, mine).get("id");

        Tokens.dealer(f.dealer).get(ITEMS + "/" + item).then().statusCode(200);
        Tokens.dealer(other.dealer).get(ITEMS + "/" + item).then().statusCode(404);
        Tokens.dealer(other.dealer).get(URL + "/" + campaign + "/items").then().statusCode(200)
                .body("items.size()", equalTo(0));
        Tokens.stationManager(f.station).get(ITEMS + "/" + item).then().statusCode(404);  // not at the station yet
        f.completedVisit(f.east, mine, "RECALL_CAMPAIGN");
        Tokens.stationManager(f.station).get(ITEMS + "/" + item).then().statusCode(200).body("state", equalTo("DONE"));
        Tokens.dealer(other.dealer).body(Map.of("state", "NOT_REACHABLE", "reason", "x"))
                .post(ITEMS + "/" + item + "/outcome").then().statusCode(404);
    }
}
