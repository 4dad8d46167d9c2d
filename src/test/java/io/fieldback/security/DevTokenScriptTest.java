package io.fieldback.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The README's way to get a token for the packaged app (scripts/dev-token.sh, bash and openssl) makes
 * tokens the app accepts: signed with the development key the packaged app trusts when told to
 * (FIELDBACK_ALLOW_DEV_KEYS), which the test profile trusts too.
 */
@QuarkusTest
class DevTokenScriptTest {

    private static String mint(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = Path.of("scripts/dev-token.sh").toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void aMintedAdminTokenIsAcceptedAndAnAnalystTokenKeepsItsRole() throws Exception {
        RestAssured.given().auth().oauth2(mint("admin")).get("/api/v1/dealers?limit=1").then().statusCode(200);
        RestAssured.given().auth().oauth2(mint("analyst")).contentType("application/json").body("{}")
                .post("/api/v1/dealers").then().statusCode(403);
    }

    @Test
    void aDealerTokenCarriesItsTenant() throws Exception {
        UUID unknown = UUID.randomUUID();
        RestAssured.given().auth().oauth2(mint("dealer", "dealer_id=" + unknown))
                .get("/api/v1/insights/complaints?from=2026-01-01&to=2026-01-31").then().statusCode(200);
    }
}
