package io.fieldback.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.fieldback.notification.ProvidersProfile;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Mails sent one after another from a plain thread, as the notification senders and the weekly report send them,
 * against a real SMTP server (GreenMail). Started from the caller's thread, the Vert.x mail client lost about one
 * server greeting in a hundred (the mail then waited for the server's time-out): 200 mails would most likely have
 * met one. Each must be answered and delivered.
 */
@QuarkusTest
@TestProfile(ProvidersProfile.class)
class SmtpSenderTest {

    private static final int MAILS = 200;

    @Inject
    SmtpSender sender;

    @Test
    void everyMailOfABurstIsAnsweredAndDeliveredOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            try {
                sender.send(Mail.withText("burst-" + run + "-" + i + "@example.com", "burst " + i, "mail " + i));
            } catch (RuntimeException e) {
                failures.add(i + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        List<String> delivered = Arrays.stream(ProvidersProfile.smtp().getReceivedMessages()).map(SmtpSenderTest::to)
                .filter(to -> to.startsWith("burst-" + run + "-")).toList();
        assertThat(delivered).hasSize(MAILS).doesNotHaveDuplicates();
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
