package io.fieldback.storage;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where files (attachments, survey uploads) live (README, "Running several instances"). The file system is the
 * default of a single instance; several instances share an S3-compatible object store instead.
 */
@ConfigMapping(prefix = "fieldback.storage")
public interface StorageConfig {

    /** {@code filesystem} (the directories of fieldback.visits.attachment-dir and fieldback.survey.spool-dir) or {@code s3}. */
    @WithDefault("filesystem")
    StorageType type();

    S3 s3();

    interface S3 {

        /** The S3 endpoint (MinIO, Ceph, S3Proxy...); empty for AWS's own endpoint of the region. */
        Optional<String> endpoint();

        @WithDefault("us-east-1")
        String region();

        @WithDefault("fieldback")
        String bucket();

        /** Access key; empty: the AWS default credential chain (environment, profile, instance role). */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Path-style addressing (endpoint/bucket/key), which most self-hosted stores need. */
        @WithDefault("true")
        boolean pathStyle();

        /** Files larger than this go up as a multipart upload in parts of this size (S3's minimum is 5 MiB). */
        @WithDefault("8388608")
        long partSize();

        /** Create the bucket at start when it is missing (tests, a fresh MinIO); production buckets exist already. */
        @WithDefault("false")
        boolean createBucket();
    }
}
