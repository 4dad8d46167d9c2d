package io.fieldback.survey;

import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.survey.SurveyFixtures.BATCHES;
import static io.fieldback.survey.SurveyFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Files that are refused whole, before a batch exists: nothing is queued, the vendor may fix and resend. */
@QuarkusTest
class SurveyBadInputTest {

    @TestHTTPResource("/")
    URI root;

    @ConfigProperty(name = "fieldback.survey.max-upload-bytes")
    long maxBytes;

    @Test
    void emptyFileIs400() {
        SurveyFixtures f = new SurveyFixtures();
        assertProblem(f.uploadCsv(TestData.unique("B"), ""), 400).body("detail", containsString("empty"));
    }

    @Test
    void headerOnlyFileIs400() {
        SurveyFixtures f = new SurveyFixtures();
        assertProblem(f.uploadCsv(TestData.unique("B"), SurveyFixtures.HEADER + "\n"), 400)
                .body("detail", containsString("no rows"));
    }

    @Test
    void missingRequiredColumnsAre400NamingThem() {
        SurveyFixtures f = new SurveyFixtures();
        assertProblem(f.uploadCsv(TestData.unique("B"), "rowId,quality_score\nR1,5\n"), 400)
                .body("detail", containsString("interviewDate"))
                .body("errors.field", hasItems("interviewDate", "method", "customerCode|equipmentSerial|repairOrderNumber"));
    }

    @Test
    void wrongDelimiterIs400() {
        SurveyFixtures f = new SurveyFixtures();
        String text = csv(f.row("R1")).replace(',', ';');
        assertProblem(f.uploadCsv(TestData.unique("B"), text), 400).body("detail", containsString("wrong delimiter"));
    }

    @Test
    void unterminatedQuoteIs400WithItsLine() {
        SurveyFixtures f = new SurveyFixtures();
        String text = csv(f.row("R1"), f.row("R2") + "\"never closed");
        assertProblem(f.uploadCsv(TestData.unique("B"), text), 400).body("detail", containsString("malformed CSV"));
    }

    @Test
    void binaryGarbageIs415() {
        SurveyFixtures f = new SurveyFixtures();
        byte[] garbage = new byte[20_000];
        new Random(7).nextBytes(garbage);
        assertProblem(f.upload(TestData.unique("B"), "text/csv", garbage), 415);
        assertProblem(f.upload(TestData.unique("B"), "application/octet-stream", garbage), 415);
    }

    @Test
    void unsupportedCharsetIs415() {
        SurveyFixtures f = new SurveyFixtures();
        assertProblem(f.upload(TestData.unique("B"), "text/csv; charset=ISO-8859-1",
                csv(f.row("R1")).getBytes(StandardCharsets.UTF_8)), 415).body("detail", containsString("GB18030"));
    }

    @Test
    void jsonThatIsNotAnArrayOfRowsIs400() {
        SurveyFixtures f = new SurveyFixtures();
        assertProblem(f.upload(TestData.unique("B"), "application/json", "{\"rowId\": \"R1\"}".getBytes()), 400)
                .body("detail", containsString("array of row objects"));
        assertProblem(f.upload(TestData.unique("B"), "application/json", "[]".getBytes()), 400)
                .body("detail", containsString("no rows"));
        assertProblem(f.upload(TestData.unique("B"), "application/json", "[{\"rowId\": \"R1\"},\n 7]".getBytes()), 400)
                .body("detail", containsString("element 2 (line 2) is not a row object"));
        assertProblem(f.upload(TestData.unique("B"), "application/json", "[{\"rowId\": \"R1\",".getBytes()), 400)
                .body("detail", containsString("line 1"));
    }

    @Test
    void missingOrBadParametersAre400() {
        SurveyFixtures f = new SurveyFixtures();
        byte[] body = csv(f.row("R1")).getBytes(StandardCharsets.UTF_8);
        assertProblem(f.vendor().contentType("text/csv").body(body).post(BATCHES + "?questionnaireVersion=1"), 400)
                .body("errors[0].field", equalTo("batchId"));
        assertProblem(f.vendor().contentType("text/csv").body(body).post(BATCHES + "?batchId=B1&questionnaireVersion=999"), 400)
                .body("errors[0].field", equalTo("questionnaireVersion"));
    }

    @Test
    void declaredLengthOverTheCapIs413BeforeTheBodyIsRead() throws Exception {
        SurveyFixtures f = new SurveyFixtures();
        String token = Tokens.token(Roles.VENDOR, Scope.VENDOR, f.vendorId);
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + BATCHES + "?batchId=HUGE&questionnaireVersion=1 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: 5368709120\r\n\r\n" + SurveyFixtures.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void chunkedBodyElsewhereIsHeldToTheGeneralCapNotTheSurveyOne() throws Exception {
        // the global backstop is 256M for survey uploads; other paths keep fieldback.http.max-body-bytes (1 MB)
        byte[] json = ("{\"code\": \"" + "X".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/v1/customers"))
                .header("Authorization", "Bearer " + Tokens.token(Roles.ADMIN, null, null))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(json))).build();
        int status;
        try {
            status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            status = 413; // closed while still sending
        }
        assertThat(status).isEqualTo(413);
    }

    @Test
    void chunkedBodyOverTheCapIs413() throws Exception {
        SurveyFixtures f = new SurveyFixtures();
        byte[] line = (f.row("R") + "\n").getBytes(StandardCharsets.UTF_8);
        long total = maxBytes * 3; // sent without Content-Length: counted while read
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent < total ? line[(int) (sent++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - sent);
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[(int) (sent++ % line.length)];
                }
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(root.resolve(BATCHES + "?batchId=CHUNKED&questionnaireVersion=1"))
                .header("Authorization", "Bearer " + Tokens.token(Roles.VENDOR, Scope.VENDOR, f.vendorId))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();
        int status;
        try {
            status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            // the server may close the connection while the client is still sending: then no row was kept either
            status = 413;
        }
        assertThat(status).isEqualTo(413);
        f.vendor().get(BATCHES + "?limit=500").then().body("items.size()", equalTo(0));
    }
}
