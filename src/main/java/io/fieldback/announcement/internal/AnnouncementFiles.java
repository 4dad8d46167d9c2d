package io.fieldback.announcement.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;

import io.fieldback.announcement.AnnouncementAttachmentView;
import io.fieldback.common.ApiException;
import io.fieldback.common.BodyLimitRule;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.security.Caller;
import io.fieldback.visit.AttachmentService;
import io.fieldback.visit.AttachmentStorage;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Documents of an announcement, streamed to a spool file and then into the shared attachment storage: a
 * file is never held in memory. Only a draft takes documents, so what a station read does not change.
 */
@ApplicationScoped
class AnnouncementFiles {

    private final AnnouncementService announcements;
    private final AttachmentStorage storage;
    private final AnnouncementConfig config;
    private final Caller caller;
    private final TimeSource time;

    AnnouncementFiles(AnnouncementService announcements, AttachmentStorage storage, AnnouncementConfig config,
            Caller caller, TimeSource time) {
        this.announcements = announcements;
        this.storage = storage;
        this.config = config;
        this.caller = caller;
        this.time = time;
    }

    @Produces
    @jakarta.inject.Singleton
    BodyLimitRule announcementUploads() {
        return new BodyLimitRule(Pattern.compile("^/api/v1/announcements/[^/]+/attachments/?$"),
                config.attachmentMaxBytes());
    }

    record Content(AnnouncementAttachmentView attachment, InputStream stream) {
    }

    AnnouncementAttachmentView upload(UUID announcementId, String fileName, InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> announcements.visible(announcementId).requireDraft("documents are attached"));
        UUID id = UuidV7.next();
        Path spooled = null;
        try {
            spooled = Files.createTempFile(storage.spoolDirectory(), id.toString(), ".upload");
            AttachmentService.Spooled file = AttachmentService.spool(body, spooled, config.attachmentMaxBytes(), "announcement documents");
            String contentType = AttachmentService.sniff(file.head());
            storage.store(id.toString(), spooled);
            spooled = null;
            try {
                return QuarkusTransaction.requiringNew()
                        .call(() -> record(announcementId, id, fileName, contentType, file));
            } catch (RuntimeException e) {
                storage.delete(id.toString());
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /** A draft deleted; its documents leave the storage after the commit (a stray file is harmless, a lost row not). */
    void delete(UUID announcementId) {
        List<String> keys = QuarkusTransaction.requiringNew().call(() -> announcements.delete(announcementId));
        for (String key : keys) {
            try {
                storage.delete(key);
            } catch (IOException e) {
                Log.warnf(e, "announcement document %s stays in the storage", key);
            }
        }
    }

    @Transactional
    Content open(UUID announcementId, UUID attachmentId) {
        announcements.visible(announcementId);
        AnnouncementAttachment a = AnnouncementAttachment.findById(attachmentId);
        if (a == null || !a.announcementId.equals(announcementId)) {
            throw ApiException.notFound("attachment " + attachmentId);
        }
        try {
            return new Content(a.view(), storage.open(a.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AnnouncementAttachmentView record(UUID announcementId, UUID id, String fileName, String contentType,
            AttachmentService.Spooled file) {
        // checked again inside the transaction that stores it: publication may have happened meanwhile
        io.fieldback.common.RowLocks.lock("announcements", announcementId);
        Announcement announcement = Announcement.findById(announcementId);
        if (announcement == null) {  // deleted meanwhile
            throw ApiException.notFound("announcement " + announcementId);
        }
        announcement.requireDraft("documents are attached");
        AnnouncementAttachment a = new AnnouncementAttachment();
        a.id = id;
        a.announcementId = announcementId;
        a.fileName = fileName;
        a.contentType = contentType;
        a.sizeBytes = file.size();
        a.sha256 = file.sha256();
        a.storageKey = id.toString();
        a.uploadedBy = caller.name();
        a.createdAt = time.now();
        a.persist();
        return a.view();
    }

    private static void deleteQuietly(Path spooled) {
        if (spooled != null) {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // a stray spool file is harmless; nothing refers to it
            }
        }
    }
}
