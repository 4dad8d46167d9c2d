package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.NotificationIntake;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.notification.internal.NotificationSender;
import io.quarkus.test.junit.QuarkusTest;

/** The rules applied when a message comes to be sent, with the facts read then. */
@QuarkusTest
class NotificationRulesTest {

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

    @AfterEach
    void realTime() {
        time.reset();
    }

    private NotificationFixtures fixtures() {
        return new NotificationFixtures(events, job, time);
    }

    private static void smsTopic(String topic, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("fields", List.of("visitId", "eta"),
                "channels", List.of("PUSH", "SMS")));
        body.putAll(extra);
        NotificationFixtures.topic(topic, body);
        NotificationFixtures.template(topic, "SMS", "{contactName}：消息{eta}");
    }

    private UUID reachableContact(NotificationFixtures f) {
        UUID contact = f.contact("钱师傅", true);
        NotificationFixtures.identity(contact, "SMS", "+8613811112222", null);
        return contact;
    }

    /* the test profile's sender batch is 5: the first batches hold only deferred messages */
    @Test
    void dueMessagesBehindABatchOfDeferredOnesStillGoOutInTheSameRun() {
        NotificationFixtures f = fixtures();
        smsTopic("test.quiet", Map.of());
        smsTopic("test.urgent", Map.of("urgent", true));
        List<UUID> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID contact = f.contact("联系人" + i, i == 0);
            NotificationFixtures.identity(contact, "SMS", "+86139000002" + (10 + i), null);
            contacts.add(contact);
        }
        f.at(LocalTime.of(22, 30));
        f.record("test.quiet", Map.of("eta", "明天"));
        f.record("test.urgent", Map.of("eta", "现在"));
        f.run();
        for (UUID contact : contacts) {
            assertThat(f.notifications(contact)).extracting(n -> n.get("topic") + ":" + n.get("status"))
                    .containsExactlyInAnyOrder("test.quiet:DEFERRED", "test.urgent:SENT");
        }
    }

    @Test
    void quietHoursDeferInTheContactsZoneAndReleaseAfterwards() {
        NotificationFixtures f = fixtures();
        smsTopic("test.quiet", Map.of());
        UUID contact = reachableContact(f);
        Instant night = f.at(LocalTime.of(22, 30));
        f.record("test.quiet", Map.of("eta", "明天"));
        f.run();
        Map<String, Object> n = f.only(contact);
        assertThat(n).containsEntry("status", "DEFERRED").containsEntry("reason", "QUIET_HOURS");
        Instant release = Instant.parse((String) n.get("notBefore"));
        assertThat(release).isEqualTo(night.plus(Duration.ofMinutes(9 * 60 + 30))); // 08:00 next morning
        f.set(release.minusSeconds(60));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "DEFERRED");
        f.set(release);
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT").containsEntry("body", "钱师傅：消息明天");
    }

    @Test
    void theContactsOwnZoneDecidesWhatNightIs() {
        NotificationFixtures f = fixtures();
        smsTopic("test.quiet", Map.of());
        UUID contact = reachableContact(f);
        // 22:30 in Shanghai is 16:30 in Berlin (winter)
        admin().body(Map.of("timeZone", "Europe/Berlin")).put("/api/v1/notification-contacts/" + contact)
                .then().statusCode(200);
        f.at(LocalTime.of(22, 30));
        f.record("test.quiet", Map.of("eta", "x"));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT");
    }

    @Test
    void urgentTopicsIgnoreQuietHours() {
        NotificationFixtures f = fixtures();
        smsTopic("test.urgent", Map.of("urgent", true));
        UUID contact = reachableContact(f);
        f.at(LocalTime.of(23, 15));
        f.record("test.urgent", Map.of("eta", "20分钟"));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT");
    }

    @Test
    void onTheWayExpiresOnceTheVisitIsCompleted() {
        NotificationFixtures f = fixtures();
        smsTopic("dispatch.en-route", Map.of("urgent", true, "subjectField", "visitId",
                "expiredBy", List.of("visit.completed"), "expiresAfter", "PT2H"));
        UUID contact = reachableContact(f);
        f.at(LocalTime.of(14, 0));
        String visit = UUID.randomUUID().toString();
        String otherVisit = UUID.randomUUID().toString();
        f.record("dispatch.en-route", Map.of("visitId", visit, "eta", "15:00"));
        f.record("dispatch.en-route", Map.of("visitId", otherVisit, "eta", "16:00"));
        intake.run();
        // the visit is completed before the sender came round: that message is pointless now
        f.record("visit.completed", Map.of("visitId", visit));
        f.run();
        List<Map<String, Object>> all = f.notifications(contact);
        assertThat(all).hasSize(2);
        assertThat(all.get(0)).containsEntry("status", "EXPIRED").containsEntry("reason", "SUBJECT_OVER:visit.completed");
        assertThat(all.get(1)).containsEntry("status", "SENT");
    }

    @Test
    void aCompletionSeenFirstAlsoExpiresTheLaterMessage() {
        NotificationFixtures f = fixtures();
        smsTopic("dispatch.en-route", Map.of("urgent", true, "subjectField", "visitId",
                "expiredBy", List.of("visit.completed"), "expiresAfter", "PT2H"));
        UUID contact = reachableContact(f);
        f.at(LocalTime.of(14, 0));
        String visit = UUID.randomUUID().toString();
        f.record("visit.completed", Map.of("visitId", visit));
        f.record("dispatch.en-route", Map.of("visitId", visit, "eta", "15:00"));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "EXPIRED");
    }

    @Test
    void aMessageNotSentInTimeExpires() {
        NotificationFixtures f = fixtures();
        smsTopic("dispatch.en-route", Map.of("urgent", true, "subjectField", "visitId",
                "expiredBy", List.of("visit.completed"), "expiresAfter", "PT2H"));
        UUID contact = reachableContact(f);
        Instant queued = f.at(LocalTime.of(14, 0));
        f.record("dispatch.en-route", Map.of("visitId", UUID.randomUUID().toString(), "eta", "15:00"));
        intake.run();
        f.set(queued.plus(Duration.ofHours(2)).plusSeconds(1));
        sender.run();
        assertThat(f.only(contact)).containsEntry("status", "EXPIRED").containsEntry("reason", "TOO_LATE");
    }

    @Test
    void theFrequencyCapDefersTheFourthMessageOfADay() {
        NotificationFixtures f = fixtures();
        smsTopic("test.cap", Map.of());
        UUID contact = reachableContact(f);
        Instant morning = f.at(LocalTime.of(10, 0));
        for (int i = 0; i < 4; i++) {
            f.record("test.cap", Map.of("eta", "第" + i + "条"));
        }
        f.run();
        List<Map<String, Object>> all = f.notifications(contact);
        assertThat(all).extracting(n -> n.get("status")).containsExactly("SENT", "SENT", "SENT", "DEFERRED");
        assertThat(all.get(3)).containsEntry("reason", "FREQUENCY_CAP")
                .containsEntry("notBefore", morning.plus(Duration.ofDays(1)).toString());
    }

    @Test
    void fallbackGoesToTheNextChannelWhenWeChatCreditsRunOut() {
        NotificationFixtures f = fixtures();
        NotificationFlowTest.bookingTopic();
        NotificationFixtures.template("booking.confirmed", "WECHAT", "预约{startsAt}");
        f.at(LocalTime.of(10, 0));
        UUID contact = f.contact("孙女士", true);
        NotificationFixtures.identity(contact, "WECHAT", "oWx" + UUID.randomUUID().toString().replace("-", ""), 1);
        NotificationFixtures.identity(contact, "SMS", "+8613822223333", null);
        f.record("booking.confirmed", Map.of("startsAt", "A"));
        f.run();
        f.record("booking.confirmed", Map.of("startsAt", "B"));
        f.run();
        List<Map<String, Object>> all = f.notifications(contact);
        assertThat(all).extracting(n -> n.get("channel")).containsExactly("WECHAT", "SMS");
        admin().get("/api/v1/notification-contacts/" + contact + "/identities").then().statusCode(200)
                .body("find { it.channel == 'WECHAT' }.credits", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void optOutAfterQueueingSuppressesAtSendTime() {
        NotificationFixtures f = fixtures();
        smsTopic("test.optout", Map.of());
        UUID contact = reachableContact(f);
        f.at(LocalTime.of(10, 0));
        f.record("test.optout", Map.of("eta", "x"));
        intake.run();
        assertThat(f.only(contact)).containsEntry("status", "QUEUED");
        NotificationFixtures.optOut(contact, "SMS", "*", true);
        sender.run();
        assertThat(f.only(contact)).containsEntry("status", "SUPPRESSED").containsEntry("reason", "OPTED_OUT");
    }

    @Test
    void noCourtesyMessageInTheDaysBeforeTheFollowUpCall() {
        NotificationFixtures f = fixtures();
        smsTopic("test.courtesy", Map.of("courtesy", true));
        UUID called = reachableContact(f);
        NotificationFixtures g = fixtures();
        UUID notCalled = reachableContact(g);
        Instant now = f.at(LocalTime.of(10, 0));
        String status = admin().body(Map.of("customerId", f.customer.toString(),
                "dueAt", now.plus(Duration.ofDays(2)).toString())).post("/api/v1/followups").then().statusCode(201)
                .extract().path("status");
        assertThat(status).isEqualTo("OPEN");
        f.record("test.courtesy", Map.of("eta", "节日快乐"));
        g.record("test.courtesy", Map.of("eta", "节日快乐"));
        f.run();
        assertThat(f.only(called)).containsEntry("status", "SUPPRESSED").containsEntry("reason", "FOLLOW_UP_CALL_AHEAD");
        assertThat(g.only(notCalled)).containsEntry("status", "SENT");
    }
}
