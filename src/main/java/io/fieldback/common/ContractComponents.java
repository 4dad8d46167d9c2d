package io.fieldback.common;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/** The components every operation of the contract refers to: the two security schemes and the problem schemas. */
final class ContractComponents {

    static final String BEARER = "bearerAuth";
    static final String API_KEY = "apiKey";

    private ContractComponents() {
    }

    static void addShared(Components components) {
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider; roles in the groups claim"));
        components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("Machine callers (dealer systems, survey vendors): a key created by an admin"));
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string())
                .addProperty("message", string())
                .required(List.of("field", "message")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", string().format("uri"))
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", string())
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("FieldError")))
                .addProperty("requestId", string()
                        .description("the request's X-Request-Id (sent or assigned); quote it when reporting a problem"))
                .required(List.of("type", "title", "status")));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
