package io.fieldback.survey.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.fieldback.storage.ObjectStore;

/**
 * Files in the shared object store under {@code survey-uploads/<key>}: any instance can import (or resume) a
 * batch another one took. fieldback.survey.spool-dir is then only this instance's scratch space.
 */
class ObjectSurveyFileStore implements SurveyFileStore {

    private static final String PREFIX = "survey-uploads/";

    private final ObjectStore objects;
    private final Path dir;

    ObjectSurveyFileStore(ObjectStore objects, SurveyConfig config) {
        this.objects = objects;
        this.dir = Path.of(config.spoolDir());
    }

    @Override
    public Path spoolDirectory() throws IOException {
        return Files.createDirectories(dir);
    }

    @Override
    public void keep(String key, Path spooled) throws IOException {
        objects.put(PREFIX + key, spooled);
        Files.deleteIfExists(spooled);
    }

    /** Downloads the file to scratch space (streamed to disk): the import reads it line by line and may skip ahead. */
    @Override
    public Local fetch(String key) throws IOException {
        Path copy = Files.createTempFile(spoolDirectory(), key, ".import");
        try {
            objects.download(PREFIX + key, copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return new Local() {
            @Override
            public Path file() {
                return copy;
            }

            @Override
            public void close() throws IOException {
                Files.deleteIfExists(copy);
            }
        };
    }

    @Override
    public void delete(String key) throws IOException {
        objects.delete(PREFIX + key);
    }
}
