package io.fieldback.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * An S3-compatible object store, shared by every instance. Bytes are streamed both ways: uploads are read
 * from a file (in parts when large), downloads are a stream or go straight to a file; nothing is held whole
 * in memory. Used only when {@code fieldback.storage.type=s3}.
 */
public interface ObjectStore {

    /** Uploads the file under the key (replacing an object of that key). */
    void put(String key, Path file) throws IOException;

    /** The object's bytes; {@link java.nio.file.NoSuchFileException} when there is none. */
    InputStream get(String key) throws IOException;

    /** Copies the object into the file (replacing it); {@link java.nio.file.NoSuchFileException} when there is none. */
    void download(String key, Path target) throws IOException;

    /** Deletes the object; nothing happens when there is none. */
    void delete(String key) throws IOException;
}
