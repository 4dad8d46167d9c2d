package io.fieldback.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.StoreUnavailableException;
import io.fieldback.storage.ObjectStore;
import io.fieldback.storage.StorageConfig;
import io.quarkus.logging.Log;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * The S3 store (AWS SDK v2, synchronous client over the JDK's URL connection). The client is built on first
 * use, so an instance that keeps its files on disk never needs S3 settings.
 */
@ApplicationScoped
public class S3ObjectStore implements ObjectStore {

    private final StorageConfig.S3 config;
    private volatile S3Client client;

    public S3ObjectStore(StorageConfig config) {
        this.config = config.s3();
    }

    @Override
    public void put(String key, Path file) throws IOException {
        long size = Files.size(file);
        try {
            if (size <= config.partSize()) {
                repeatable(() -> s3().putObject(b -> b.bucket(config.bucket()).key(key), RequestBody.fromFile(file)));
            } else {
                putInParts(key, file, size);
            }
        } catch (SdkException | UncheckedIOException e) {
            throw failure("upload of " + key, e);
        }
    }

    /** A multipart upload, one part of part-size at a time read from the file; aborted when a part fails. */
    private void putInParts(String key, Path file, long size) throws IOException {
        String uploadId = repeatable(() -> s3().createMultipartUpload(b -> b.bucket(config.bucket()).key(key))).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long offset = 0; offset < size; offset += config.partSize()) {
                int number = parts.size() + 1;
                long length = Math.min(config.partSize(), size - offset);
                try (InputStream part = Files.newInputStream(file)) {
                    part.skipNBytes(offset); // a seek on a file
                    UploadPartResponse uploaded = s3().uploadPart(b -> b.bucket(config.bucket()).key(key)
                            .uploadId(uploadId).partNumber(number).contentLength(length),
                            RequestBody.fromInputStream(part, length));
                    parts.add(CompletedPart.builder().partNumber(number).eTag(uploaded.eTag()).build());
                }
            }
            repeatable(() -> s3().completeMultipartUpload(b -> b.bucket(config.bucket()).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts))));
        } catch (IOException | RuntimeException e) {
            try {
                s3().abortMultipartUpload(b -> b.bucket(config.bucket()).key(key).uploadId(uploadId));
            } catch (SdkException | UncheckedIOException abort) {
                e.addSuppressed(abort); // the store's lifecycle rule removes abandoned parts
            }
            throw e;
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        try {
            return repeatable(() -> s3().getObject(b -> b.bucket(config.bucket()).key(key)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException | UncheckedIOException e) {
            throw failure("download of " + key, e);
        }
    }

    @Override
    public void download(String key, Path target) throws IOException {
        try (InputStream in = get(key)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            repeatable(() -> s3().deleteObject(b -> b.bucket(config.bucket()).key(key)));
        } catch (SdkException | UncheckedIOException e) {
            throw failure("delete of " + key, e);
        }
    }

    /**
     * No answer (connection refused, timed out) or a server error (5xx, after the SDK's own retries) is an
     * outage the caller may wait out: 503. A refusal of the request itself (403, a missing bucket) is a
     * misconfiguration and stays a plain IOException (500, logged).
     */
    private static IOException failure(String what, RuntimeException e) {
        boolean outage = e instanceof SdkClientException || e instanceof UncheckedIOException
                || e instanceof AwsServiceException service && service.statusCode() >= 500;
        String message = "object store: " + what + " failed";
        return outage ? new StoreUnavailableException(message, e) : new IOException(message, e);
    }

    /**
     * Runs a call whose request body can be sent again (a file, none) up to 3 times while it fails with an
     * UncheckedIOException: the URL-connection client lets a broken pooled connection (the store restarted,
     * "Unexpected end of file from server") escape the SDK's own retries that way.
     */
    private static <T> T repeatable(Supplier<T> call) {
        for (int attempt = 1;; attempt++) {
            try {
                return call.get();
            } catch (UncheckedIOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private S3Client s3() {
        S3Client result = client;
        if (result == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
                result = client;
            }
        }
        return result;
    }

    private S3Client build() {
        S3ClientBuilder builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region())).forcePathStyle(config.pathStyle())
                // checksums only where S3 requires them: self-hosted stores refuse the SDK's newer default
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(config.accessKey().isPresent()
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey().get(),
                                config.secretKey().orElse("")))
                        : DefaultCredentialsProvider.builder().build());
        config.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        S3Client built = builder.build();
        if (config.createBucket()) {
            try {
                built.headBucket(b -> b.bucket(config.bucket()));
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                Log.infof("object store: creating bucket %s", config.bucket());
                built.createBucket(b -> b.bucket(config.bucket()));
            }
        }
        return built;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
