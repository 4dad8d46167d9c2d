package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.storage.S3OutageProfile;
import io.fieldback.storage.S3Switch;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** Attachments while the object store is away: 503 + Retry-After, nothing half-stored, the same request works after. */
@QuarkusTest
@TestProfile(S3OutageProfile.class)
class S3OutageAttachmentTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    private VisitFixtures f;
    private UUID visit;

    @BeforeEach
    void aVisitAndAStore() throws Exception {
        S3Switch.up();
        f = new VisitFixtures();
        visit = f.createVisit();
    }

    @AfterEach
    void storeBack() throws Exception {
        S3Switch.up();
    }

    private ValidatableResponse upload(byte[] photo) {
        return f.phone().contentType("application/octet-stream").body(photo).queryParam("kind", "PHOTO")
                .post("/api/v1/visits/" + visit + "/attachments").then();
    }

    private static void isStorageUnavailable(ValidatableResponse response) {
        response.statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("https://fieldback.io/problems/storage-unavailable")).body("status", equalTo(503));
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
    void anUploadWhileTheStoreIsUnreachableIs503AndTheSameUploadWorksAfter() throws Exception {
        byte[] photo = Arrays.copyOf(PNG, 4000);
        long objectsBefore = S3Switch.objects("attachments/");
        S3Switch.down();

        isStorageUnavailable(upload(photo));
        admin().get("/api/v1/visits/" + visit + "/attachments").then().statusCode(200).body("$", hasSize(0));
        assertThat(S3Switch.objects("attachments/")).isEqualTo(objectsBefore);
        assertThat(spooledFiles()).isZero();

        S3Switch.up();
        String id = upload(photo).statusCode(201).body("sizeBytes", equalTo(4000)).extract().path("id");
        admin().get("/api/v1/visits/" + visit + "/attachments").then().statusCode(200).body("$", hasSize(1));
        assertThat(S3Switch.objects("attachments/")).isEqualTo(objectsBefore + 1);
        assertThat(admin().get("/api/v1/visits/" + visit + "/attachments/" + id).then().statusCode(200)
                .extract().asByteArray()).isEqualTo(photo);
    }

    @Test
    void anUploadWhileTheStoreAnswers503Is503AndNothingIsKept() throws Exception {
        byte[] photo = Arrays.copyOf(PNG, 3000);
        long objectsBefore = S3Switch.objects("attachments/");
        S3Switch.failing();

        isStorageUnavailable(upload(photo));
        admin().get("/api/v1/visits/" + visit + "/attachments").then().statusCode(200).body("$", hasSize(0));
        assertThat(S3Switch.objects("attachments/")).isEqualTo(objectsBefore);
        assertThat(spooledFiles()).isZero();

        S3Switch.up();
        upload(photo).statusCode(201);
        admin().get("/api/v1/visits/" + visit + "/attachments").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aDownloadWhileTheStoreIsAwayIs503AndWorksAfter() throws Exception {
        byte[] photo = Arrays.copyOf(PNG, 2000);
        String id = upload(photo).statusCode(201).extract().path("id");
        String path = "/api/v1/visits/" + visit + "/attachments/" + id;

        S3Switch.down();
        isStorageUnavailable(admin().get(path).then());
        S3Switch.failing();
        isStorageUnavailable(admin().get(path).then());

        S3Switch.up();
        assertThat(admin().get(path).then().statusCode(200).extract().asByteArray()).isEqualTo(photo);
    }
}
