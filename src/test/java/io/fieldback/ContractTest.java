package io.fieldback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract (openapi/) must equal what the code generates, so every API change shows in
 * review. After an intended change, regenerate it with
 * {@code ./mvnw test -Dtest=ContractTest -Dfieldback.contract.update=true} and commit openapi/.
 */
@QuarkusTest
class ContractTest {

    @ParameterizedTest
    @CsvSource({ "openapi.yaml, yaml", "openapi.json, json" })
    void committedContractMatchesTheCode(String file, String format) throws IOException {
        String generated = given().queryParam("format", format).get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path committed = Path.of("openapi", file);
        if (Boolean.getBoolean("fieldback.contract.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("openapi/%s is missing; regenerate it (see this test's javadoc)", file).exists();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("openapi/%s differs from the generated contract; if the change is intended, regenerate it with "
                        + "./mvnw test -Dtest=ContractTest -Dfieldback.contract.update=true", file)
                .isEqualTo(generated);
    }
}
