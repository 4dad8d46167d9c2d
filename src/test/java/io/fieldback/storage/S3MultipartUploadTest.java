package io.fieldback.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A file larger than the part size goes up in parts (8 MiB by default; S3 refuses parts under 5 MiB except
 * the last) against the real S3-compatible server, and comes back byte for byte, both streamed and copied
 * to a file. The HTTP tests cap uploads far below a part, so this is where multipart is exercised.
 */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
class S3MultipartUploadTest {

    @Inject
    ObjectStore objects;

    @Inject
    StorageConfig config;

    @Test
    void aFileOfTwoAndAHalfPartsComesBackByteForByte() throws Exception {
        long partSize = config.s3().partSize();
        Path file = Files.createTempFile("multipart", ".bin");
        Path copy = Files.createTempFile("multipart-back", ".bin");
        try {
            byte[] written = writeRandom(file, partSize * 2 + partSize / 2);
            objects.put("tests/multipart.bin", file);

            try (InputStream back = objects.get("tests/multipart.bin")) {
                assertArrayEquals(written, digest(back), "streamed back");
            }
            objects.download("tests/multipart.bin", copy);
            try (InputStream back = Files.newInputStream(copy)) {
                assertArrayEquals(written, digest(back), "copied to a file");
            }
            objects.delete("tests/multipart.bin");
            assertThrows(NoSuchFileException.class, () -> objects.get("tests/multipart.bin").close());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(copy);
        }
    }

    /** Writes {@code size} seeded random bytes in 1 MiB steps; returns their SHA-256. */
    private static byte[] writeRandom(Path file, long size) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Random random = new Random(20261206);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                int length = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, length);
                sha.update(chunk, 0, length);
            }
        }
        return sha.digest();
    }

    private static byte[] digest(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw e;
        }
        return sha.digest();
    }
}
