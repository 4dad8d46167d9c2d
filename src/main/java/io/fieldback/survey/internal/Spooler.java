package io.fieldback.survey.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.fieldback.common.ApiException;

/** Copies an upload's body to disk in 64 KiB steps, hashing the questionnaire version and the bytes; never in memory. */
final class Spooler {

    record Spooled(long size, String sha256) {
    }

    private Spooler() {
    }

    /** Stops at {@code max} bytes (413); an empty body is a 400. */
    static Spooled spool(InputStream body, Path target, int version, long max) {
        MessageDigest digest = sha256();
        digest.update(("questionnaire-version:" + version + "\n").getBytes(StandardCharsets.US_ASCII));
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = read(body, buffer, size)) != -1) {
                size += read;
                if (size > max) {
                    throw new ApiException(413, "payload-too-large", "Payload too large",
                            "survey uploads may be at most " + max + " bytes (fieldback.survey.max-upload-bytes)", null);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw ApiException.badRequest("body", "the file is empty");
        }
        return new Spooled(size, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int read(InputStream body, byte[] buffer, long sofar) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            // the client went away, or a chunked body passed the cap and Quarkus already answered 413
            throw new ApiException(400, "upload-interrupted", "Upload interrupted",
                    "the upload ended before its last byte (" + sofar + " bytes read)", null);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray spool file is harmless: nothing refers to it
        }
    }
}
