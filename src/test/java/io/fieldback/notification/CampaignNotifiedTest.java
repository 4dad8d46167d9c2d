package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.campaign.CampaignNotified;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.notification.internal.LogAdapter;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A recall campaign tells the customers of its machines (campaign.notified per item): the topic rule, told
 * once per item, gives the machine's customer one message per item, to the preferred contact, never twice.
 */
@QuarkusTest
class CampaignNotifiedTest {

    @Inject
    DomainEvents events;
    @Inject
    NotificationJob job;
    @Inject
    TimeSource time;
    @Inject
    LogAdapter log;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private static UUID machine(UUID customer, String series, String serial) {
        return UUID.fromString(admin().body(Map.of("serialNumber", serial, "productSeries", series, "application",
                "TRUCK", "deliveryDate", "2026-03-01")).post("/api/v1/customers/" + customer + "/equipment").then()
                .statusCode(201).extract().path("id"));
    }

    private static UUID recall(String series, String from, String to) {
        Map<String, Object> body = new HashMap<>(Map.of("code", TestData.unique("RC").toUpperCase(), "kind", "RECALL",
                "name", "水泵召回", "productSeries", series, "serialFrom", from, "serialTo", to,
                "deadline", "2099-12-31"));
        UUID id = UUID.fromString(admin().body(body).post("/api/v1/campaigns").then().statusCode(201).extract()
                .path("id"));
        admin().post("/api/v1/campaigns/" + id + "/start").then().statusCode(200);
        return id;
    }

    @Test
    void eachItemTellsTheCustomerOnceWhateverTheRetries() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        NotificationFixtures.topic(CampaignNotified.TOPIC, Map.of("fields", List.of("campaignName", "deadline"),
                "channels", List.of("SMS"), "subjectField", "campaignItemId", "oncePerSubject", true));
        NotificationFixtures.template(CampaignNotified.TOPIC, "SMS", "您的设备在{campaignName}范围内，请于{deadline}前进站");
        f.at(LocalTime.of(10, 0));
        UUID owner = f.contact("车主", true);
        UUID driver = f.contact("司机", false);
        NotificationFixtures.identity(owner, "SMS", "+8613600000001", null);
        NotificationFixtures.identity(driver, "SMS", "+8613600000002", null);
        String series = TestData.unique("S").toUpperCase();
        String prefix = "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        machine(f.customer, series, prefix + "01");
        machine(f.customer, series, prefix + "02");
        UUID campaign = recall(series, prefix + "01", prefix + "02");
        long duplicatesBefore = log.duplicates();

        admin().post("/api/v1/campaigns/" + campaign + "/notify").then().statusCode(200).body("notified", equalTo(2));
        admin().post("/api/v1/campaigns/" + campaign + "/notify").then().statusCode(200).body("notified", equalTo(0));
        f.run();
        // the same item told again, as a replayed or re-recorded event would: still one message for it
        List<Map<String, Object>> sent = f.notifications(owner);
        Map<String, Object> payload = new HashMap<>(Map.of("campaignItemId",
                admin().get("/api/v1/campaigns/" + campaign + "/items").then().extract().path("items[0].id"),
                "campaignId", campaign.toString(), "customerId", f.customer.toString(), "campaignName", "水泵召回",
                "deadline", "2099-12-31"));
        QuarkusTransaction.requiringNew().run(() -> events.record(CampaignNotified.TOPIC, UuidV7.next(), f.dealer, payload));
        f.run();

        assertThat(sent).hasSize(2).allSatisfy(n -> assertThat(n).containsEntry("status", "SENT")
                .containsEntry("topic", CampaignNotified.TOPIC));
        assertThat(sent).extracting(n -> (String) n.get("body")).containsOnly("您的设备在水泵召回范围内，请于2099-12-31前进站");
        assertThat(f.notifications(owner)).hasSize(2);
        assertThat(f.notifications(driver)).isEmpty();
        assertThat(log.duplicates()).isEqualTo(duplicatesBefore);
        admin().get("/api/v1/campaigns/" + campaign + "/items").then().body("items.state", org.hamcrest.Matchers
                .everyItem(equalTo("NOTIFIED")));
    }

    @Test
    void oncePerSubjectNeedsASubjectField() {
        admin().body(Map.of("channels", List.of("SMS"), "oncePerSubject", true))
                .put(NotificationFixtures.TOPICS + "test.once-without-subject").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("subjectField"));
    }
}
