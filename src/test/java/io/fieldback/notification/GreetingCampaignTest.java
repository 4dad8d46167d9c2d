package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.LogAdapter;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Holiday greetings to a segment: the send window, the rate, expiry at the window's end, bad input. */
@QuarkusTest
class GreetingCampaignTest {

    static final String URL = "/api/v1/notification-campaigns";

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

    /** A customer of the dealer with one contact reachable by SMS; returns the contact. */
    private static UUID customerWithPhone(UUID dealer, String name) {
        UUID customer = TestData.customer(dealer);
        UUID contact = UUID.fromString(admin().body(Map.of("name", name, "role", "OWNER", "phone", "+8613912345678",
                "preferred", true)).post("/api/v1/customers/" + customer + "/contacts").then().statusCode(201)
                .extract().path("id"));
        NotificationFixtures.identity(contact, "SMS", "+86135" + (10_000_000 + (int) (Math.random() * 89_999_999)), null);
        return contact;
    }

    private static void greetingTopic() {
        NotificationFixtures.topic("test.greeting", Map.of("fields", List.of("holiday"), "channels", List.of("SMS")));
        NotificationFixtures.template("test.greeting", "SMS", "{contactName}，{holiday}快乐");
    }

    private static Map<String, Object> body(UUID dealer, Instant from, Instant until, int rate) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "春节问候", "topic", "test.greeting",
                "payload", Map.of("holiday", "春节"), "segment", Map.of("dealerId", dealer.toString()),
                "ratePerMinute", rate));
        if (from != null) {
            body.put("sendFrom", from.toString());
        }
        if (until != null) {
            body.put("sendUntil", until.toString());
        }
        return body;
    }

    private NotificationFixtures fixtures() {
        return new NotificationFixtures(events, job, time);
    }

    @Test
    void greetingsGoToTheSegmentOnePerCustomerSpacedAtTheRate() {
        NotificationFixtures f = fixtures();
        greetingTopic();
        Instant start = f.at(LocalTime.of(10, 0));
        UUID dealer = TestData.dealer();
        List<UUID> told = List.of(customerWithPhone(dealer, "甲"), customerWithPhone(dealer, "乙"),
                customerWithPhone(dealer, "丙"));
        TestData.customer(dealer); // no contact: nobody to greet
        UUID outsider = customerWithPhone(TestData.dealer(), "丁");
        long duplicatesBefore = log.duplicates();
        // 3 messages at 2 a minute: due at +0 s, +30 s, +60 s
        String id = admin().body(body(dealer, start, start.plus(Duration.ofHours(2)), 2)).post(URL).then()
                .statusCode(201).body("messages", equalTo(3)).body("byStatus.QUEUED", equalTo(3)).extract().path("id");
        f.run();
        admin().get(URL + "/" + id).then().statusCode(200).body("byStatus.SENT", equalTo(1))
                .body("byStatus.QUEUED", equalTo(2));
        f.set(start.plusSeconds(31));
        f.run();
        admin().get(URL + "/" + id).then().body("byStatus.SENT", equalTo(2));
        f.set(start.plusSeconds(61));
        f.run();
        f.run();
        admin().get(URL + "/" + id).then().body("byStatus.SENT", equalTo(3)).body("byStatus.QUEUED",
                org.hamcrest.Matchers.nullValue());
        for (UUID contact : told) {
            Map<String, Object> n = f.only(contact);
            assertThat(n).containsEntry("status", "SENT").containsEntry("eventId", id);
            assertThat((String) n.get("body")).endsWith("春节快乐");
            assertThat(log.took(UUID.fromString((String) n.get("id")))).isTrue();
        }
        assertThat(f.notifications(outsider)).isEmpty();
        assertThat(log.duplicates()).isEqualTo(duplicatesBefore);
    }

    @Test
    void aGreetingNotSentWithinTheWindowExpires() {
        NotificationFixtures f = fixtures();
        greetingTopic();
        Instant start = f.at(LocalTime.of(10, 0));
        UUID dealer = TestData.dealer();
        UUID first = customerWithPhone(dealer, "戊");
        UUID second = customerWithPhone(dealer, "己");
        String id = admin().body(body(dealer, start, start.plus(Duration.ofMinutes(10)), 1)).post(URL).then()
                .statusCode(201).body("messages", equalTo(2)).extract().path("id");
        // nothing ran during the window (every instance was down): at 10:11 both are pointless
        f.set(start.plus(Duration.ofMinutes(11)));
        f.run();
        assertThat(f.only(first)).containsEntry("status", "EXPIRED").containsEntry("reason", "TOO_LATE");
        assertThat(f.only(second)).containsEntry("status", "EXPIRED");
        admin().get(URL + "/" + id).then().body("byStatus.EXPIRED", equalTo(2));
    }

    @Test
    void aCampaignWithoutASendWindowOrThatCannotFitIsRefused() {
        NotificationFixtures f = fixtures();
        greetingTopic();
        Instant start = f.at(LocalTime.of(10, 0));
        UUID dealer = TestData.dealer();
        customerWithPhone(dealer, "庚");
        customerWithPhone(dealer, "辛");
        customerWithPhone(dealer, "壬");
        admin().body(body(dealer, null, null, 10)).post(URL).then().statusCode(400)
                .body("errors.field", hasItem("sendFrom"));
        admin().body(body(dealer, start, null, 10)).post(URL).then().statusCode(400)
                .body("errors.field", hasItem("sendUntil"));
        admin().body(body(dealer, start, start.minusSeconds(60), 10)).post(URL).then().statusCode(400)
                .body("errors.field", hasItem("sendUntil"));
        // 3 messages at 1 a minute need 3 minutes; the window has 2
        admin().body(body(dealer, start, start.plus(Duration.ofMinutes(2)), 1)).post(URL).then().statusCode(400)
                .body("errors.field", hasItem("ratePerMinute"));
        Map<String, Object> unknownTopic = body(dealer, start, start.plus(Duration.ofHours(1)), 10);
        unknownTopic.put("topic", "test.no-such-topic");
        admin().body(unknownTopic).post(URL).then().statusCode(400).body("errors.field", hasItem("topic"));
        Map<String, Object> noHoliday = body(dealer, start, start.plus(Duration.ofHours(1)), 10);
        noHoliday.put("payload", Map.of());
        admin().body(noHoliday).post(URL).then().statusCode(400).body("errors.field", hasItem("payload"));
        admin().body(body(dealer, start, start.plus(Duration.ofHours(1)), 0)).post(URL).then().statusCode(400);
        admin().get(URL + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
