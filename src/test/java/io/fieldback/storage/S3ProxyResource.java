package io.fieldback.storage;

import java.net.URI;
import java.util.Map;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real S3-compatible server (S3Proxy over jclouds' in-memory blob store) in the test JVM, on a free port,
 * with signature checking on: the app talks to it over HTTP with the AWS SDK exactly as to S3.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    static final String ACCESS_KEY = "fieldback-test";
    static final String SECRET_KEY = "fieldback-test-secret";

    private S3Proxy proxy;
    private BlobStoreContext context;

    @Override
    public Map<String, String> start() {
        context = ContextBuilder.newBuilder("transient").credentials("unused", "unused")
                .overrides(new Properties()).build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        return Map.of(
                "fieldback.storage.type", "s3",
                "fieldback.storage.s3.endpoint", "http://127.0.0.1:" + proxy.getPort(),
                "fieldback.storage.s3.access-key", ACCESS_KEY,
                "fieldback.storage.s3.secret-key", SECRET_KEY,
                "fieldback.storage.s3.bucket", "fieldback-test",
                "fieldback.storage.s3.create-bucket", "true",
                // S3's (and S3Proxy's) smallest part: files of the test profile's sizes go up in one request
                "fieldback.storage.s3.part-size", "5242880");
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.stop();
            }
        } catch (Exception e) {
            // the JVM ends with the tests
        }
        if (context != null) {
            context.close();
        }
    }
}
