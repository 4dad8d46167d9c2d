package io.fieldback.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

/** Swagger UI's server entry follows the port the app listens on (issue 14); plain unit tests. */
class ServerUrlFilterTest {

    @Test
    void theContractUrlTakesTheRealPort() {
        OpenAPI api = api(ServerUrlFilter.CONTRACT_URL);
        ServerUrlFilter.namePort(api, 9090);
        assertThat(api.getServers().get(0).getUrl()).isEqualTo("http://localhost:9090");
    }

    @Test
    void otherServersAndRandomPortsAreLeftAlone() {
        OpenAPI other = api("https://api.example.com");
        ServerUrlFilter.namePort(other, 9090);
        assertThat(other.getServers().get(0).getUrl()).isEqualTo("https://api.example.com");
        OpenAPI random = api(ServerUrlFilter.CONTRACT_URL);
        ServerUrlFilter.namePort(random, 0);
        assertThat(random.getServers().get(0).getUrl()).isEqualTo(ServerUrlFilter.CONTRACT_URL);
    }

    private static OpenAPI api(String url) {
        return OASFactory.createOpenAPI().addServer(OASFactory.createServer().url(url));
    }
}
