package io.fieldback.visit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.fieldback.storage.ObjectStore;
import io.fieldback.visit.AttachmentStorage;

/**
 * Attachments in the shared object store under {@code attachments/<key>}, readable by every instance. Uploads
 * are still spooled on this instance's disk first (the file's type and size are checked before anything is
 * stored), then streamed up.
 */
public class ObjectAttachmentStorage implements AttachmentStorage {

    private static final String PREFIX = "attachments/";

    private final ObjectStore objects;
    private final Path spool;

    public ObjectAttachmentStorage(ObjectStore objects, VisitConfig config) {
        this.objects = objects;
        this.spool = Path.of(config.attachmentDir()).toAbsolutePath().resolve("spool");
    }

    @Override
    public void store(String key, Path upload) throws IOException {
        objects.put(PREFIX + checked(key), upload);
        Files.deleteIfExists(upload);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return objects.get(PREFIX + checked(key));
    }

    @Override
    public void delete(String key) throws IOException {
        objects.delete(PREFIX + checked(key));
    }

    @Override
    public Path spoolDirectory() throws IOException {
        return Files.createDirectories(spool);
    }

    private static String checked(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return key;
    }
}
