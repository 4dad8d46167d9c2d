package io.fieldback.visit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live. The file-system store is the default; an object store (S3, OSS) can
 * replace it by providing another bean of this type.
 */
public interface AttachmentStorage {

    /** Moves a finished upload (a temporary file) into storage under the key, atomically. */
    void store(String key, Path upload) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;

    /** A directory where uploads are spooled before they are validated and stored. */
    Path spoolDirectory() throws IOException;
}
