package io.fieldback.storage;

/** Where files are kept: see {@link StorageConfig#type()}. */
public enum StorageType {
    FILESYSTEM, S3
}
