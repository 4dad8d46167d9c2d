package io.fieldback.common;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The served document (and so Swagger UI's "Servers" entry) names the port this app really listens on:
 * quarkus.smallrye-openapi.servers says http://localhost:8080 for the committed contract, from which
 * generated clients take their default base URL, but ./mvnw quarkus:dev -Dquarkus.http.port=9090 must not
 * send Swagger UI's "Try it out" to 8080. Runs once at start, when the port is known.
 *
 * <p>Not under tests: they listen on a random port, and ContractTest compares the served document with the
 * committed one, which keeps the conventional 8080. A real port, not a relative "/", so that a client generated
 * from a running server's document works as it is.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServerUrlFilter implements OASFilter {

    static final String CONTRACT_URL = "http://localhost:8080";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        if (LaunchMode.current() != LaunchMode.TEST) {
            namePort(api, port);
        }
    }

    static void namePort(OpenAPI api, int port) {
        if (port <= 0 || api.getServers() == null) {
            return; // 0: a random port, not known yet; the conventional URL is still the best guess
        }
        for (Server server : api.getServers()) {
            if (CONTRACT_URL.equals(server.getUrl())) {
                server.setUrl("http://localhost:" + port);
            }
        }
    }
}
