package io.fieldback.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;

/**
 * Refuses bodies over the cap with a 413 problem before any byte is read. Bodies sent without a
 * Content-Length are cut off at the same per-path cap while they are read (a plain 413), and never
 * above Quarkus' own backstop (quarkus.http.limits.max-body-size).
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final String TOO_LARGE = """
            {"type":"https://fieldback.io/problems/payload-too-large","title":"Payload too large","status":413,\
            "detail":"the request body exceeds the limit of %d bytes","requestId":"%s"}""";

    void install(@Observes Router router, Instance<BodyLimitRule> rules,
            @ConfigProperty(name = "fieldback.http.max-body-bytes", defaultValue = "1048576") long defaultMaxBytes) {
        List<BodyLimitRule> pathRules = rules.stream().toList();
        router.route().order(-100).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null) {
                long maxBytes = pathRules.stream().filter(r -> r.path().matcher(rc.request().path()).matches())
                        .mapToLong(BodyLimitRule::maxBytes).findFirst().orElse(defaultMaxBytes);
                if (tooLarge(length, maxBytes)) {
                    rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                            .putHeader("Connection", "close")
                            .end(TOO_LARGE.formatted(maxBytes, RequestIds.of(rc.request())));
                    return;
                }
            }
            rc.next();
        });
        // Bodies without a Content-Length are counted as they are read (Quarkus' VertxInputStream stops at
        // the limit stored under this key, set by its own handler at order -2 to the global backstop):
        // lower it to this path's cap, so a chunked body is held to the same cap as a declared one.
        router.route().order(-1).handler(rc -> {
            if (rc.request().getHeader("Content-Length") == null) {
                long maxBytes = pathRules.stream().filter(r -> r.path().matcher(rc.request().path()).matches())
                        .mapToLong(BodyLimitRule::maxBytes).findFirst().orElse(defaultMaxBytes);
                Object backstop = rc.get(MAX_REQUEST_SIZE_KEY);
                rc.put(MAX_REQUEST_SIZE_KEY, backstop instanceof Long b ? Math.min(b, maxBytes) : maxBytes);
            }
            rc.next();
        });
    }

    private static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";

    private static boolean tooLarge(String length, long maxBytes) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
