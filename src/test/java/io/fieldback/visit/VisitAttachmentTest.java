package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VisitAttachmentTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    private VisitFixtures f;
    private UUID visit;

    @BeforeEach
    void aVisit() {
        f = new VisitFixtures();
        visit = f.createVisit();
    }

    private static long spooledFiles() throws IOException {
        Path spool = Path.of("target/attachments-test/spool");
        if (!Files.exists(spool)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        }
    }

    @Test
    void aPhotoIsStoredListedAndDownloadedByteForByte() {
        byte[] photo = Arrays.copyOf(PNG, 5000);
        String id = f.phone().contentType("application/octet-stream").body(photo).queryParam("kind", "PHOTO")
                .post("/api/v1/visits/" + visit + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("sizeBytes", equalTo(5000))
                .extract().path("id");
        admin().get("/api/v1/visits/" + visit + "/attachments").then().statusCode(200).body("$", hasSize(1));
        byte[] downloaded = admin().get("/api/v1/visits/" + visit + "/attachments/" + id).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(downloaded).isEqualTo(photo);
        f.phone().body(Map.of("id", UUID.randomUUID().toString(), "type", "PHOTO_ADDED",
                "occurredAt", Instant.now().toString(), "attachmentId", id))
                .post("/api/v1/visits/" + visit + "/events").then().statusCode(201);
    }

    @Test
    void theTypeComesFromTheContentNotTheDeclaredType() throws IOException {
        f.phone().contentType("image/jpeg").body("just some text, not an image".getBytes())
                .queryParam("kind", "PHOTO").post("/api/v1/visits/" + visit + "/attachments").then().statusCode(415)
                .contentType("application/problem+json");
        admin().get("/api/v1/visits/" + visit + "/attachments").then().body("$", hasSize(0));
        assertThat(spooledFiles()).isZero();
    }

    @Test
    void anOversizeUploadIsRefusedAndNothingIsStored() throws IOException {
        byte[] huge = Arrays.copyOf(PNG, 400_000); // the test profile caps attachments at 300,000 bytes
        f.phone().contentType("application/octet-stream").body(huge).queryParam("kind", "PHOTO")
                .post("/api/v1/visits/" + visit + "/attachments").then().statusCode(413)
                .contentType("application/problem+json");
        admin().get("/api/v1/visits/" + visit + "/attachments").then().body("$", hasSize(0));
        assertThat(spooledFiles()).isZero();
    }

    @Test
    void aPdfSignatureIsAccepted() {
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes();
        f.phone().contentType("application/pdf").body(pdf).queryParam("kind", "SIGNATURE")
                .post("/api/v1/visits/" + visit + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("kind", equalTo("SIGNATURE"));
    }

    @Test
    void anotherStationCannotDownload() {
        String id = f.phone().contentType("application/octet-stream").body(Arrays.copyOf(PNG, 100))
                .queryParam("kind", "PHOTO").post("/api/v1/visits/" + visit + "/attachments").then().statusCode(201)
                .extract().path("id");
        UUID otherStation = TestData.station(f.dealerId);
        VisitFixtures.technicianOf(otherStation, VisitFixtures.technician(otherStation))
                .get("/api/v1/visits/" + visit + "/attachments/" + id).then().statusCode(404);
    }

    @Test
    void theKindIsRequired() {
        f.phone().contentType("application/octet-stream").body(Arrays.copyOf(PNG, 100))
                .post("/api/v1/visits/" + visit + "/attachments").then().statusCode(400);
    }
}
