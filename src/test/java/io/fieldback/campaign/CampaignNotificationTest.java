package io.fieldback.campaign;

import static io.fieldback.campaign.CampaignFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.NotificationJob;
import io.quarkus.test.junit.QuarkusTest;

/** Customers are told through the notification topic rules: one message per item's customer contact, once. */
@QuarkusTest
class CampaignNotificationTest {

    private static final String TOPIC = "/api/v1/notification-topics/" + CampaignNotified.TOPIC;

    @Inject
    TimeSource time;
    @Inject
    NotificationJob job;

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void notifyingTellsTheContactsOfEachItemsCustomerOnce() {
        CampaignFixtures f = new CampaignFixtures();
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        ZonedDateTime ten = now.with(LocalTime.of(10, 0));
        time.use(Clock.fixed((ten.isAfter(now) ? ten : ten.plusDays(1)).toInstant(), ZoneOffset.UTC));  // not quiet hours
        var read = admin().get(TOPIC);
        var put = admin().body(Map.of("fields", List.of("campaignCode", "campaignName", "deadline"),
                "channels", List.of("PUSH")));
        (read.statusCode() == 200 ? put.header("If-Match", read.header("ETag")) : put).put(TOPIC).then().statusCode(200);
        admin().body(Map.of("topic", CampaignNotified.TOPIC, "channel", "PUSH", "locale", "zh-CN",
                "body", "{contactName}您好：您的设备属于{campaignName}，请于{deadline}前预约"))
                .post("/api/v1/notification-templates").then().statusCode(201);
        UUID contact = UUID.fromString(admin().body(Map.of("name", "王师傅", "role", "DRIVER", "phone", "+8613912345678",
                "preferred", true)).post("/api/v1/customers/" + f.east + "/contacts").then().statusCode(201)
                .extract().path("id"));
        admin().body(Map.of("channel", "PUSH", "address", "fcm-token-" + UUID.randomUUID()))
                .post("/api/v1/notification-contacts/" + contact + "/identities").then().statusCode(201);
        f.machine(f.east, 1, "2026-02-01");
        f.machine(f.north, 2, "2026-02-01");  // its customer has no contact: nobody to tell
        UUID campaign = f.campaign(f.body(1, 2, null, "2099-12-31"));
        admin().post(URL + "/" + campaign + "/start").then().statusCode(200).body("itemCount", equalTo(2));

        admin().post(URL + "/" + campaign + "/notify").then().statusCode(200).body("notified", equalTo(2));
        job.runOnce();
        admin().post(URL + "/" + campaign + "/notify").then().statusCode(200).body("notified", equalTo(0));
        job.runOnce();

        List<Map<String, Object>> sent = admin().queryParam("contactId", contact.toString()).get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(sent).singleElement().satisfies(n -> assertThat(n).containsEntry("status", "SENT")
                .containsEntry("topic", CampaignNotified.TOPIC)
                .containsEntry("body", "王师傅您好：您的设备属于水泵召回，请于2099-12-31前预约"));
    }
}
