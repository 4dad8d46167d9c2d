package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.LogAdapter;
import io.fieldback.notification.internal.NotificationIntake;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.notification.internal.NotificationSender;
import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Events become one message per contact, whatever the retries, and go out through the log adapter. */
@QuarkusTest
class NotificationFlowTest {

    @Inject
    DomainEvents events;
    @Inject
    NotificationJob job;
    @Inject
    TimeSource time;
    @Inject
    NotificationIntake intake;
    @Inject
    NotificationSender sender;
    @Inject
    LogAdapter log;

    @AfterEach
    void realTime() {
        time.reset();
    }

    static void bookingTopic() {
        NotificationFixtures.topic("booking.confirmed", Map.of("fields", List.of("startsAt", "stationId", "appointmentId"),
                "channels", List.of("WECHAT", "PUSH", "SMS")));
        NotificationFixtures.template("booking.confirmed", "SMS", "{contactName}您好，您的预约时间为{startsAt}");
    }

    @Test
    void oneMessagePerEventAndContactWhateverTheRetries() throws Exception {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        bookingTopic();
        f.at(LocalTime.of(10, 0));
        UUID first = f.contact("王师傅", true);
        UUID second = f.contact("李经理", false);
        NotificationFixtures.identity(first, "SMS", "+8613900000001", null);
        NotificationFixtures.identity(second, "SMS", "+8613900000002", null);
        UUID event = f.record("booking.confirmed", Map.of("appointmentId", UUID.randomUUID().toString(),
                "stationId", UUID.randomUUID().toString(), "startsAt", "2026-12-08T02:00:00Z", "status", "CONFIRMED"));
        // two instances read the same events at once, then again
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(intake::run);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(intake::run);
        a.get();
        b.get();
        intake.run();
        f.run();
        List<Map<String, Object>> all = admin().queryParam("eventId", event.toString()).get("/api/v1/notifications")
                .then().statusCode(200).extract().path("items");
        assertThat(all).hasSize(2);
        assertThat(all).extracting(n -> n.get("status")).containsOnly("SENT");
        assertThat(all).extracting(n -> n.get("body"))
                .containsExactlyInAnyOrder("王师傅您好，您的预约时间为2026-12-08T02:00:00Z", "李经理您好，您的预约时间为2026-12-08T02:00:00Z");
        String id = (String) all.get(0).get("id");
        Tokens.as(Roles.AGENT).get("/api/v1/notifications/" + id).then().statusCode(200)
                .body("channel", equalTo("SMS")).body("templateVersion", equalTo(1)).body("attempts", equalTo(1))
                .body("topic", equalTo("booking.confirmed"));
        admin().get("/api/v1/notifications/" + UUID.randomUUID()).then().statusCode(404);
        Tokens.as(Roles.DEALER).get("/api/v1/notifications").then().statusCode(403);
    }

    @Test
    void topicsOfOtherFeaturesWorkFromTheirPayloadAlone() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        f.at(LocalTime.of(11, 0));
        NotificationFixtures.topic("maintenance.reminder", Map.of("fields",
                List.of("equipmentId", "dueItemId", "step", "dueDate"), "channels", List.of("PUSH")));
        NotificationFixtures.template("maintenance.reminder", "PUSH", "保养提醒（第{step}次）：请于{dueDate}前保养");
        UUID contact = f.contact("周师傅", true);
        NotificationFixtures.identity(contact, "PUSH", "fcm-token-" + UUID.randomUUID(), null);
        f.record("maintenance.reminder", Map.of("equipmentId", UUID.randomUUID().toString(),
                "dueItemId", UUID.randomUUID().toString(), "step", 2, "dueDate", "2026-12-20"));
        f.run();
        Map<String, Object> n = f.only(contact);
        assertThat(n).containsEntry("status", "SENT").containsEntry("channel", "PUSH")
                .containsEntry("body", "保养提醒（第2次）：请于2026-12-20前保养");
    }

    @Test
    void anEventWithoutCustomerOrWithoutContactsMakesNothing() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        bookingTopic();
        UUID event = f.record("booking.confirmed", Map.of("customerId", "not-a-uuid", "startsAt", "x"));
        UUID none = f.record("booking.confirmed", Map.of("startsAt", "x"));
        f.run();
        admin().queryParam("eventId", event.toString()).get("/api/v1/notifications").then().statusCode(200)
                .body("items.size()", equalTo(0));
        admin().queryParam("eventId", none.toString()).get("/api/v1/notifications").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void neverSentTwiceUnderTwoConcurrentSenders() throws Exception {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        bookingTopic();
        f.at(LocalTime.of(9, 30));
        int contacts = 12;
        for (int i = 0; i < contacts; i++) {
            UUID contact = f.contact("联系人" + i, i == 0);
            NotificationFixtures.identity(contact, "SMS", "+86139000001" + (10 + i), null);
        }
        int events = 3;
        for (int i = 0; i < events; i++) {
            f.record("booking.confirmed", Map.of("startsAt", "2026-12-0" + (i + 1) + "T02:00:00Z"));
        }
        intake.run();
        long before = log.sends();
        long duplicates = log.duplicates();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(sender::run);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(sender::run);
        a.get();
        b.get();
        List<Map<String, Object>> mine = admin().queryParam("customerId", f.customer.toString()).queryParam("limit", 500)
                .get("/api/v1/notifications").then().statusCode(200).extract().path("items");
        // 12 contacts x 3 events, but the frequency cap (3 a day) is not reached: 3 each
        assertThat(mine).hasSize(contacts * events);
        assertThat(mine).extracting(n -> n.get("status")).containsOnly("SENT");
        assertThat(mine).extracting(n -> n.get("attempts")).containsOnly(1);
        assertThat(mine).allSatisfy(n -> assertThat(log.took(UUID.fromString((String) n.get("id")))).isTrue());
        // other tests' messages may be sent by these runs too, so at least ours, each once
        assertThat(log.sends() - before).isGreaterThanOrEqualTo(contacts * events);
        assertThat(log.duplicates()).isEqualTo(duplicates);
    }
}
