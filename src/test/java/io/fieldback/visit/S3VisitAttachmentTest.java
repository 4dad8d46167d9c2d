package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.storage.S3StorageProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every attachment test again, with the files in object storage (a real S3 server). */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
class S3VisitAttachmentTest extends VisitAttachmentTest {

    private static final byte[] PDF_HEAD = { '%', 'P', 'D', 'F', '-', '1', '.', '7' };

    @Test
    void aDocumentIsKeptInTheObjectStoreAndComesBackWhole() {
        VisitFixtures fixtures = new VisitFixtures();
        UUID visit = fixtures.createVisit();
        byte[] document = Arrays.copyOf(PDF_HEAD, 250_123);
        for (int i = PDF_HEAD.length; i < document.length; i++) {
            document[i] = (byte) (i * 31);
        }
        String id = fixtures.phone().contentType("application/octet-stream").body(document)
                .queryParam("kind", "DOCUMENT").post("/api/v1/visits/" + visit + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(document.length))
                .extract().path("id");

        byte[] downloaded = admin().get("/api/v1/visits/" + visit + "/attachments/" + id).then().statusCode(200)
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(document);
        // in the object store, not in the file-system store's directories
        assertThat(Files.exists(Path.of("target/attachments-test", id.substring(0, 2), id.substring(2, 4), id))).isFalse();
    }
}
