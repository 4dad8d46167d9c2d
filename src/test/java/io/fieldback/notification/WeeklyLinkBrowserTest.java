package io.fieldback.notification;

import static io.fieldback.notification.ProvidersProfile.SMTP;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.ReportDistribution;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The mailed link opens the frozen weekly page in a real browser that has no bearer token: Debian's chromium,
 * headless, dumping the DOM it rendered. Skipped (with the reason) where chromium is not installed.
 */
@QuarkusTest
@TestProfile(ProvidersProfile.class)
class WeeklyLinkBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Inject
    ReportDistribution distribution;
    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private static String dom(String url) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--dump-dom", url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = chromium.getInputStream().readAllBytes();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String linkIn(String address) throws Exception {
        MimeMessage mail = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        String raw = new String(mail.getRawInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        StringBuilder text = new StringBuilder(raw);
        for (int i = 0; i < parts.getCount(); i++) {
            Object content = parts.getBodyPart(i).getContent();
            if (content instanceof String s) {
                text.append(s);
            } else if (content instanceof jakarta.mail.Multipart inner) {
                text.append(inner.getBodyPart(0).getContent());
            }
        }
        Matcher link = Pattern.compile("href=\"([^\"]+)\"").matcher(text);
        assertThat(link.find()).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    @Test
    void theMailedLinkOpensThePageInChromiumWithoutABearerToken() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium): "
                + "the browser check is skipped");
        String reader = TestData.unique("browser") + "@example.com";
        admin().body(Map.of("email", reader, "name", "服务部", "audience", "DEPARTMENT", "departmentCode", "SERVICE"))
                .post("/api/v1/report-subscriptions").then().statusCode(201);
        Instant monday = ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
        time.use(Clock.fixed(monday, ZoneOffset.UTC));
        distribution.run();
        java.net.URI link = java.net.URI.create(linkIn(reader));
        String local = "http://localhost:" + RestAssured.port + link.getRawPath() + "?" + link.getRawQuery();

        String page = dom(local);
        assertThat(page).contains("2026-W49").contains("<svg");
        String forged = dom(local.replaceAll("signature=[^&]+", "signature=forged"));
        assertThat(forged).doesNotContain("<svg").contains("401");
    }
}
