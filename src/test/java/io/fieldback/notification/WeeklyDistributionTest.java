package io.fieldback.notification;

import static io.fieldback.notification.ProvidersProfile.SMTP;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.ReportDistribution;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** Monday's run: the previous week frozen per scope and mailed (real SMTP: GreenMail) with CSV and a signed link. */
@QuarkusTest
@TestProfile(ProvidersProfile.class)
class WeeklyDistributionTest {

    @Inject
    ReportDistribution distribution;
    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private static MimeMessage mailTo(String address) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static long mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    @Test
    void mondayFreezesLastWeekAndMailsEachSubscriberOnceWithCsvAndASignedLink() throws Exception {
        UUID dealer = TestData.dealer();
        String quality = TestData.unique("qa") + "@example.com";
        String dealerMail = TestData.unique("dealer") + "@example.com";
        admin().body(Map.of("email", quality, "name", "质量部", "audience", "DEPARTMENT", "departmentCode", "QA"))
                .post("/api/v1/report-subscriptions").then().statusCode(201);
        admin().body(Map.of("email", dealerMail, "name", "经销商", "audience", "DEALER", "dealerId", dealer.toString()))
                .post("/api/v1/report-subscriptions").then().statusCode(201);
        admin().body(Map.of("email", "x@example.com", "name", "x", "audience", "DEALER"))
                .post("/api/v1/report-subscriptions").then().statusCode(400);
        // Monday 2026-12-07 08:00 in Shanghai: last week is 2026-W49
        Instant monday = ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
        time.use(java.time.Clock.fixed(monday, java.time.ZoneOffset.UTC));
        distribution.run();
        distribution.run(); // a second instance, or a retry: nobody gets it twice
        assertThat(mailsTo(quality)).isEqualTo(1);
        assertThat(mailsTo(dealerMail)).isEqualTo(1);

        List<Map<String, Object>> snapshots = admin().queryParam("week", "2026-W49").get("/api/v1/report-snapshots")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> dealerSnapshot = snapshots.stream().filter(s -> dealer.toString().equals(s.get("dealerId")))
                .findFirst().orElseThrow();
        assertThat(dealerSnapshot).containsEntry("from", "2026-11-30").containsEntry("to", "2026-12-06")
                .containsEntry("deliveries", 1);
        byte[] frozenCsv = admin().get("/api/v1/report-snapshots/" + dealerSnapshot.get("id") + "/csv").then()
                .statusCode(200).extract().asByteArray();

        MimeMessage mail = mailTo(dealerMail);
        assertThat(mail.getSubject()).contains("2026-W49");
        Multipart parts = (Multipart) mail.getContent();
        String html = null;
        byte[] attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if ("weekly-report-2026-W49.csv".equals(part.getFileName())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                attachment = out.toByteArray();
            } else if (part.getContent() instanceof String text) {
                html = text;
            } else if (part.getContent() instanceof Multipart inner) {
                html = (String) inner.getBodyPart(0).getContent();
            }
        }
        assertThat(attachment).isEqualTo(frozenCsv);
        assertThat(new String(attachment, java.nio.charset.StandardCharsets.UTF_8)).contains("2026-W49");
        Matcher link = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        URI uri = URI.create(link.group(1).replace("&amp;", "&"));
        String path = uri.getRawPath() + "?" + uri.getRawQuery();
        // a plain GET, no bearer token, opens the page
        RestAssured.given().get(path).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("2026-W49"));
        RestAssured.given().get(path.replaceAll("signature=[^&]+", "signature=forged")).then().statusCode(401);
        RestAssured.given().get(uri.getRawPath()).then().statusCode(401);
        time.use(java.time.Clock.fixed(monday.plus(Duration.ofDays(15)), java.time.ZoneOffset.UTC));
        RestAssured.given().get(path).then().statusCode(401);
    }
}
