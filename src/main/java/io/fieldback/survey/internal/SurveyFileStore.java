package io.fieldback.survey.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where uploaded survey files wait until their batch is imported. An upload is spooled to this instance's
 * {@link #spoolDirectory()} (hashed and counted there), then {@link #keep kept} before its batch row is
 * committed; the instance that imports it (maybe another one) {@link #fetch fetches} a readable local copy.
 */
public interface SurveyFileStore {

    /** A local directory for uploads being received. */
    Path spoolDirectory() throws IOException;

    /** Keeps the spooled file under the key (the file itself may be moved away). */
    void keep(String key, Path spooled) throws IOException;

    /** A local copy to read; {@link java.nio.file.NoSuchFileException} when the file is gone. Close it after. */
    Local fetch(String key) throws IOException;

    void delete(String key) throws IOException;

    /** Deletes without failing: a stray file is harmless, nothing refers to it any more. */
    default void deleteQuietly(String key) {
        try {
            delete(key);
        } catch (IOException | RuntimeException e) {
            io.quarkus.logging.Log.warnf("survey upload %s could not be deleted (%s); nothing refers to it any more", key,
                    e.toString());
        }
    }

    /** A readable file; closing it removes it when it was only a temporary copy. */
    interface Local extends AutoCloseable {
        Path file();

        @Override
        void close() throws IOException;
    }
}
