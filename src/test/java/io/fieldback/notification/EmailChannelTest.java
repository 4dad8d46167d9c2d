package io.fieldback.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.fieldback.notification.ProvidersProfile.SMTP;
import static io.fieldback.notification.ProvidersProfile.STUB;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.NotificationJob;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Customer e-mail through quarkus-mailer against a real SMTP server in this JVM (GreenMail). */
@QuarkusTest
@TestProfile(ProvidersProfile.class)
class EmailChannelTest {

    @Inject
    DomainEvents events;
    @Inject
    NotificationJob job;
    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private static String address(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static void emailTopic(String topic, List<String> channels) {
        NotificationFixtures.topic(topic, Map.of("fields", List.of("startsAt"), "channels", channels));
        Map<String, Object> template = new HashMap<>(Map.of("topic", topic, "channel", "EMAIL", "locale", "zh-CN",
                "subject", "预约提醒", "body", "{contactName}，您的预约在{startsAt}"));
        admin().body(template).post("/api/v1/notification-templates").then().statusCode(201);
    }

    /** A contact of its own with only this e-mail address, on the e-mail topic, at ten in the morning. */
    private static UUID emailContact(NotificationFixtures f, String name, String address) {
        emailTopic("test.email", List.of("EMAIL"));
        f.at(LocalTime.of(10, 0));
        UUID contact = f.contact(name, true);
        NotificationFixtures.identity(contact, "EMAIL", address, null);
        return contact;
    }

    @Test
    void anEmailGoesOutOnceWithSubjectBodyAndOurReference() throws Exception {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        String address = address("driver");
        UUID contact = emailContact(f, "邵师傅", address);
        f.record("test.email", Map.of("startsAt", "周三上午"));
        f.run();
        f.run(); // a second run finds nothing to send
        Map<String, Object> n = f.only(contact);
        assertThat(n).containsEntry("status", "SENT").containsEntry("channel", "EMAIL")
                .containsEntry("attempts", 1);
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("预约提醒");
        assertThat(mail.getContent().toString()).contains("邵师傅，您的预约在周三上午");
        assertThat(mail.getHeader("X-Fieldback-Notification")).containsExactly((String) n.get("id"));
    }

    @Test
    void aGreylistedAddressIsTriedAgainLaterAndGetsTheMailOnce() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        String address = address("greylist");
        UUID contact = emailContact(f, "葛先生", address);
        f.record("test.email", Map.of("startsAt", "周二"));
        f.run();
        Map<String, Object> waiting = f.only(contact);
        assertThat(waiting).containsEntry("status", "QUEUED").containsEntry("attempts", 1);
        assertThat((String) waiting.get("reason")).startsWith("RETRY_AFTER:SMTP_4");
        assertThat(mailsTo(address)).isEmpty();
        f.run(); // not before its time
        assertThat(f.only(contact)).containsEntry("status", "QUEUED").containsEntry("attempts", 1);

        f.set(Instant.parse((String) waiting.get("notBefore")));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(mailsTo(address)).hasSize(1);
        admin().get("/api/v1/notification-contacts/" + contact + "/identities").then().statusCode(200)
                .body("find { it.channel == 'EMAIL' }.active", equalTo(true));
    }

    @Test
    void aRefusedAddressFailsTheMessageAndDropsTheAddress() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        String address = address("bounce");
        UUID contact = emailContact(f, "严先生", address);
        f.record("test.email", Map.of("startsAt", "周四"));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "FAILED").containsEntry("reason", "SMTP_550");
        admin().get("/api/v1/notification-contacts/" + contact + "/identities").then().statusCode(200)
                .body("find { it.channel == 'EMAIL' }.active", equalTo(false))
                .body("find { it.channel == 'EMAIL' }.droppedReason", equalTo("SMTP_550"));
        assertThat(mailsTo(address)).isEmpty();
        // the next message does not try the dropped address again
        f.record("test.email", Map.of("startsAt", "周五"));
        f.run();
        assertThat(f.notifications(contact).get(1)).containsEntry("status", "SUPPRESSED")
                .containsEntry("reason", "NO_CHANNEL");
    }

    @Test
    void aRefusedAddressFallsBackToTheNextChannelOfTheTopic() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        emailTopic("test.email-then-sms", List.of("EMAIL", "SMS"));
        NotificationFixtures.template("test.email-then-sms", "SMS", "预约{startsAt}");
        f.at(LocalTime.of(10, 0));
        String phone = "+86137" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String phoneParam = "PhoneNumbers=" + URLEncoder.encode(phone, StandardCharsets.UTF_8);
        STUB.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=SendSms"))
                .withRequestBody(containing(phoneParam)).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody("{\"Code\":\"OK\",\"BizId\":\"321^0\"}")));
        UUID contact = f.contact("孔女士", true);
        NotificationFixtures.identity(contact, "EMAIL", address("bounce"), null);
        NotificationFixtures.identity(contact, "SMS", phone, null);
        f.record("test.email-then-sms", Map.of("startsAt", "周六"));
        f.run();
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT").containsEntry("channel", "SMS")
                .containsEntry("attempts", 2);
        assertThat(STUB.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing(phoneParam)))).hasSize(1);
    }
}
