package io.fieldback.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

import com.sun.net.httpserver.HttpServer;

/**
 * The object store of {@link S3OutageProfile}, owned by the test so that it can fail on purpose: {@link #up()}
 * serves a real S3 (S3Proxy over an in-memory blob store that outlives restarts), {@link #down()} leaves the
 * port dead (connection refused), {@link #failing()} answers every request 503 SlowDown as S3 does when
 * overloaded. The port is fixed for the test JVM (a system property: the profile and the test class may be
 * loaded by different class loaders).
 */
public final class S3Switch {

    static final String BUCKET = "fieldback-outage-test";
    private static final String PORT_PROPERTY = "fieldback.test.s3-switch-port";

    private static BlobStoreContext blobs;
    private static S3Proxy proxy;
    private static HttpServer failing;

    private S3Switch() {
    }

    static synchronized int port() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            try (ServerSocket free = new ServerSocket(0)) {
                port = Integer.toString(free.getLocalPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            System.setProperty(PORT_PROPERTY, port);
        }
        return Integer.parseInt(port);
    }

    public static synchronized void up() throws Exception {
        down();
        if (blobs == null) {
            blobs = ContextBuilder.newBuilder("transient").credentials("unused", "unused")
                    .overrides(new Properties()).build(BlobStoreContext.class);
        }
        proxy = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:" + port()))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3ProxyResource.ACCESS_KEY, S3ProxyResource.SECRET_KEY)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
    }

    public static synchronized void down() throws Exception {
        if (proxy != null) {
            proxy.stop();
            proxy = null;
        }
        if (failing != null) {
            failing.stop(0);
            failing = null;
        }
    }

    public static synchronized void failing() throws Exception {
        down();
        failing = HttpServer.create(new InetSocketAddress("127.0.0.1", port()), 0);
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
                + "<Message>Please reduce your request rate.</Message></Error>").getBytes(StandardCharsets.UTF_8);
        failing.createContext("/", exchange -> {
            try (InputStream request = exchange.getRequestBody()) {
                request.transferTo(OutputStreamNull.INSTANCE);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        failing.start();
    }

    /** Objects in the store whose key starts with the prefix (the store's contents survive restarts). */
    public static synchronized long objects(String prefix) {
        if (blobs == null || !blobs.getBlobStore().containerExists(BUCKET)) {
            return 0;
        }
        return blobs.getBlobStore().list(BUCKET, ListContainerOptions.Builder.recursive()).stream()
                .map(StorageMetadata::getName).filter(name -> name.startsWith(prefix)).count();
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
            // the request body is read only to keep the connection clean
        }
    }
}
