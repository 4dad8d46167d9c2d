package io.fieldback.notification;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Every real provider on, each pointed at a local stub (WireMock in this JVM) that speaks its documented
 * requests and answers. Never the internet.
 */
public class ProvidersProfile implements QuarkusTestProfile {

    static final WireMockServer STUB = new WireMockServer(options().dynamicPort());
    static final String KEY_SECRET = "test-access-key-secret";

    static final GreenMail SMTP = new BouncingGreenMail(ServerSetupTest.SMTP.dynamicPort());

    /** The SMTP server, for tests of other packages. */
    public static GreenMail smtp() {
        return SMTP;
    }

    static {
        STUB.start();
        SMTP.start();
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String base = "http://localhost:" + STUB.port();
        return Map.ofEntries(
                Map.entry("fieldback.notification.sms.enabled", "true"),
                Map.entry("fieldback.notification.sms.endpoint", base),
                Map.entry("fieldback.notification.sms.access-key-id", "LTAI-test"),
                Map.entry("fieldback.notification.sms.access-key-secret", KEY_SECRET),
                Map.entry("fieldback.notification.sms.sign-name", "玉柴服务"),
                // long enough for a loaded machine; ProviderDeliveryTest's slow answer waits well past it
                Map.entry("fieldback.notification.sms.timeout", "PT5S"),
                Map.entry("fieldback.notification.fcm.enabled", "true"),
                Map.entry("fieldback.notification.fcm.endpoint", base),
                Map.entry("fieldback.notification.fcm.project-id", "fieldback-test"),
                Map.entry("fieldback.notification.fcm.access-token", "ya29.test"),
                Map.entry("fieldback.notification.wechat.enabled", "true"),
                Map.entry("fieldback.notification.wechat.endpoint", base),
                Map.entry("fieldback.notification.wechat.access-token", "wx-token"),
                Map.entry("fieldback.notification.email.enabled", "true"),
                Map.entry("quarkus.mailer.mock", "false"),
                Map.entry("quarkus.mailer.host", "localhost"),
                Map.entry("quarkus.mailer.port", Integer.toString(SMTP.getSmtp().getPort())),
                Map.entry("quarkus.mailer.from", "reports@fieldback.test"),
                Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                // GreenMail leaves a pooled connection hanging after it refused a recipient (the next mail on it
                // got 421 after its socket time-out): a connection per mail here
                Map.entry("quarkus.mailer.keep-alive", "false"),
                // a mail without an answer fails well before GreenMail's own 30 s (SmtpSenderTest)
                Map.entry("quarkus.mailer.timeout", "PT10S"),
                // another application in the same test JVM: its own embedded server and data directory
                Map.entry("fieldback.embedded-db.data-dir", "target/mariadb-test-providers"),
                Map.entry("quarkus.datasource.jdbc.acquisition-timeout", "60S"));
    }
}
