package io.fieldback.visit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.fieldback.visit.AttachmentStorage;

/**
 * Stores attachments as files under fieldback.visits.attachment-dir, two levels of fan-out deep (the default;
 * chosen by {@link AttachmentStorages}).
 */
public class FileSystemAttachmentStorage implements AttachmentStorage {

    private final Path root;

    public FileSystemAttachmentStorage(VisitConfig config) {
        this.root = Path.of(config.attachmentDir()).toAbsolutePath();
    }

    @Override
    public void store(String key, Path upload) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public Path spoolDirectory() throws IOException {
        return Files.createDirectories(root.resolve("spool"));
    }

    private Path resolve(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
