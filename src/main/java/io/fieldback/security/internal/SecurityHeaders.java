package io.fieldback.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** Headers every response carries so browsers never sniff, frame or cache API answers. */
@ApplicationScoped
class SecurityHeaders {

    void install(@Observes Router router) {
        router.route().order(-200).handler(rc -> {
            rc.addHeadersEndHandler(ignored -> {
                var headers = rc.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                if (rc.request().path().startsWith("/api/")) {
                    headers.set("Cache-Control", "no-store");
                }
            });
            rc.next();
        });
    }
}
