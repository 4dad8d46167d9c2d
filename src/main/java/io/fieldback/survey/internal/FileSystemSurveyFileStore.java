package io.fieldback.survey.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files in fieldback.survey.spool-dir (the default; several instances must share that directory). */
class FileSystemSurveyFileStore implements SurveyFileStore {

    private final Path dir;

    FileSystemSurveyFileStore(SurveyConfig config) {
        this.dir = Path.of(config.spoolDir());
    }

    @Override
    public Path spoolDirectory() throws IOException {
        return Files.createDirectories(dir);
    }

    @Override
    public void keep(String key, Path spooled) throws IOException {
        Path target = dir.resolve(key);
        if (!spooled.toAbsolutePath().equals(target.toAbsolutePath())) { // uploads are spooled in place already
            Files.move(spooled, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public Local fetch(String key) throws IOException {
        Path file = dir.resolve(key);
        if (!Files.exists(file)) {
            throw new NoSuchFileException(key);
        }
        return new Local() {
            @Override
            public Path file() {
                return file;
            }

            @Override
            public void close() {
                // the file stays until its batch is done
            }
        };
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(dir.resolve(key));
    }
}
