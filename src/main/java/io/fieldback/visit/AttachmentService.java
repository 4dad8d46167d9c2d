package io.fieldback.visit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.BodyLimitRule;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.security.Caller;
import io.fieldback.visit.internal.VisitAttachment;
import io.fieldback.visit.internal.VisitConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Photos, signatures and documents of a visit. The type is decided by the file's first bytes, never
 * by its name or declared type; nothing is kept unless the whole upload is valid.
 */
@ApplicationScoped
public class AttachmentService {

    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

    private final VisitService visits;
    private final AttachmentStorage storage;
    private final VisitConfig config;
    private final Caller caller;
    private final TimeSource time;

    public AttachmentService(VisitService visits, AttachmentStorage storage, VisitConfig config, Caller caller,
            TimeSource time) {
        this.visits = visits;
        this.storage = storage;
        this.config = config;
        this.caller = caller;
        this.time = time;
    }

    /** Uploads to a visit may be as large as the attachment cap, not the general body cap. */
    @Produces
    @jakarta.inject.Singleton
    BodyLimitRule attachmentUploads() {
        return new BodyLimitRule(Pattern.compile("^/api/v1/visits/[^/]+/attachments/?$"), config.attachmentMaxBytes());
    }

    /** A stored file ready to be streamed back. */
    public record Content(AttachmentView attachment, InputStream stream) {
    }

    public AttachmentView upload(UUID visitId, AttachmentKind kind, InputStream body) {
        visits.get(visitId); // 404 before reading a byte of a foreign or unknown visit
        UUID id = UuidV7.next();
        Path spooled = null;
        try {
            spooled = Files.createTempFile(storage.spoolDirectory(), id.toString(), ".upload");
            Spooled file = spool(body, spooled);
            String contentType = sniff(file.head());
            storage.store(id.toString(), spooled);
            spooled = null;
            try {
                Spooled stored = file;
                return QuarkusTransaction.requiringNew().call(() -> record(visitId, id, kind, contentType, stored));
            } catch (RuntimeException e) {
                storage.delete(id.toString());
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException ignored) {
                    // a stray spool file is harmless; nothing refers to it
                }
            }
        }
    }

    @Transactional
    public List<AttachmentView> list(UUID visitId) {
        visits.get(visitId);
        return VisitAttachment.<VisitAttachment>list("visitId = ?1 order by id", visitId).stream()
                .map(AttachmentView::of).toList();
    }

    @Transactional
    public Content open(UUID visitId, UUID attachmentId) {
        visits.get(visitId);
        VisitAttachment attachment = VisitAttachment.findById(attachmentId);
        if (attachment == null || !attachment.visitId.equals(visitId)) {
            throw ApiException.notFound("attachment " + attachmentId);
        }
        try {
            return new Content(AttachmentView.of(attachment), storage.open(attachment.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AttachmentView record(UUID visitId, UUID id, AttachmentKind kind, String contentType, Spooled file) {
        visits.get(visitId);
        VisitAttachment attachment = new VisitAttachment();
        attachment.id = id;
        attachment.visitId = visitId;
        attachment.kind = kind;
        attachment.contentType = contentType;
        attachment.sizeBytes = file.size();
        attachment.sha256 = file.sha256();
        attachment.storageKey = id.toString();
        attachment.uploadedBy = caller.name();
        attachment.createdAt = time.now();
        attachment.persist();
        return AttachmentView.of(attachment);
    }

    /** An upload written to disk: its first bytes (to sniff the type), its size and its SHA-256. */
    public record Spooled(byte[] head, long size, String sha256) {
    }

    private Spooled spool(InputStream body, Path target) throws IOException {
        return spool(body, target, config.attachmentMaxBytes(), "attachments");
    }

    /**
     * Streams an upload to {@code target} without holding it in memory; 413 past {@code max} bytes (naming
     * {@code what} may be at most that), 400 when empty. Shared with announcements' documents.
     */
    public static Spooled spool(InputStream body, Path target, long max, String what) throws IOException {
        MessageDigest digest = sha256();
        byte[] head = new byte[0];
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = body.read(buffer)) != -1) {
                head = withHead(head, buffer, read);
                size += read;
                if (size > max) {
                    throw new ApiException(413, "payload-too-large", "Payload too large",
                            what + " may be at most " + max + " bytes", null);
                }
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) {
            throw ApiException.badRequest("body", "the upload is empty");
        }
        return new Spooled(head, size, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first 8 bytes of the upload (enough to sniff its type), filled from the buffer just read. */
    private static byte[] withHead(byte[] head, byte[] buffer, int read) {
        if (head.length >= 8) {
            return head;
        }
        int take = Math.min(read, 8 - head.length);
        byte[] more = Arrays.copyOf(head, head.length + take);
        System.arraycopy(buffer, 0, more, head.length, take);
        return more;
    }

    /** The content type of a file from its first bytes (JPEG, PNG, PDF), or 415; shared with announcements. */
    public static String sniff(byte[] head) {
        if (startsWith(head, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(head, PNG)) {
            return "image/png";
        }
        if (startsWith(head, PDF)) {
            return "application/pdf";
        }
        throw new ApiException(415, "unsupported-media-type", "Unsupported media type",
                "only JPEG, PNG and PDF files are accepted (recognised by their content)", null);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
