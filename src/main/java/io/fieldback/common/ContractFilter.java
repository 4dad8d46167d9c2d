package io.fieldback.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds what every operation of the contract shares, in one place instead of on every method: the
 * security schemes and requirement, the problem+json responses, and request examples taken from the
 * request schema's example.
 */
public class ContractFilter implements OASFilter {

    static final String BEARER = "bearerAuth";
    static final String API_KEY = "apiKey";

    /** Ordered, so the generated document is the same on every build. */
    private static final Map<String, String> COMMON_PROBLEMS = new java.util.TreeMap<>(Map.of(
            "400", "Invalid input: the problem lists the fields at fault",
            "401", "Missing or invalid credentials",
            "403", "The caller's role does not allow this operation",
            "500", "Unexpected error (a bug); the problem carries an incident id",
            "429", "Too many requests from this caller; Retry-After says when to try again",
            "503", "The database is briefly unreachable or a query ran too long; retry after Retry-After seconds"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider; roles in the groups claim"));
        components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("Machine callers (dealer systems, survey vendors): a key created by an admin"));
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .required(List.of("field", "message")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("FieldError")))
                .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("the request's X-Request-Id (sent or assigned); quote it when reporting a problem"))
                .required(List.of("type", "title", "status")));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(components, path, method, operation)));
        dropUnusedTags(api);
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        components.getSchemas().values().forEach(schema -> eachSchema(schema, seen, each -> {
            localTime(each);
            decimalPlaces(each);
            scalarUnion(each);
        }));
        dropUnusedSchemas(api, components);
        conventionalOrder(api);
    }

    /**
     * The document reads top-down as people expect (openapi, info, servers, tags, paths, components);
     * filters that run at build time otherwise leave {@code openapi:} somewhere in the middle.
     */
    private static void conventionalOrder(OpenAPI api) {
        String version = api.getOpenapi();
        var info = api.getInfo();
        var servers = api.getServers();
        var tags = api.getTags();
        var paths = api.getPaths();
        var components = api.getComponents();
        api.setOpenapi(null);
        api.setInfo(null);
        api.setServers(null);
        api.setTags(null);
        api.setPaths(null);
        api.setComponents(null);
        api.setOpenapi(version);
        api.setInfo(info);
        api.setServers(servers);
        api.setTags(tags);
        api.setPaths(paths);
        api.setComponents(components);
    }

    /**
     * Schemas nothing refers to (left behind when an annotation overrides a type, e.g. LocalTime) would
     * become dead classes in every generated client.
     */
    private static void dropUnusedSchemas(OpenAPI api, Components components) {
        Set<String> used = new HashSet<>();
        java.util.Deque<Schema> pending = new java.util.ArrayDeque<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> add(pending, parameter.getSchema()));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> add(pending, m.getSchema()));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().getMediaTypes().values().forEach(m -> add(pending, m.getSchema()));
                    }
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(header -> add(pending, header.getSchema()));
                    }
                });
            }
        }));
        Set<Schema> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!visited.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name)) {
                    add(pending, components.getSchemas().get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> add(pending, property));
            }
            add(pending, schema.getItems());
            add(pending, schema.getAdditionalPropertiesSchema());
            add(pending, schema.getNot());
            for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(member -> add(pending, member));
                }
            }
        }
        new ArrayList<>(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(components::removeSchema);
    }

    private static void add(java.util.Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }

    private void complete(Components components, String path, PathItem.HttpMethod method, Operation operation) {
        secure(components, operation);
        APIResponses responses = operation.getResponses();
        if (method == PathItem.HttpMethod.POST && operation.getOperationId() != null
                && operation.getOperationId().startsWith("create") && responses.hasAPIResponse("200")) {
            // our creating POSTs answer 201 with Location and ETag; the scanner cannot see that in RestResponse
            responses.addAPIResponse("201", responses.getAPIResponse("200").description("Created")
                    .addHeader("Location", OASFactory.createHeader().description("the new resource")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")))
                    .addHeader("ETag", OASFactory.createHeader().description("its version, for If-Match")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))));
            responses.removeAPIResponse("200");
        }
        // the generator's bare 401/403 become problem responses like every other error
        responses.removeAPIResponse("401");
        responses.removeAPIResponse("403");
        COMMON_PROBLEMS.forEach((status, description) -> problem(responses, status, description));
        if (path.contains("{")) {
            problem(responses, "404", "No such resource, or it belongs to another tenant");
        }
        switch (method) {
            case POST -> {
                problem(responses, "409", "Conflicts with existing data, or the same Idempotency-Key is still in progress");
                problem(responses, "413", "The body is too large");
                problem(responses, "415", "The body is not JSON");
                problem(responses, "422", "The Idempotency-Key was used before with a different body");
            }
            case PUT, PATCH -> {
                problem(responses, "409", "Conflicts with existing data");
                problem(responses, "412", "If-Match names an outdated version");
                problem(responses, "413", "The body is too large");
                problem(responses, "415", "The body is not JSON");
                problem(responses, "428", "If-Match is missing");
            }
            default -> {
            }
        }
        exampleFromSchema(components, operation);
    }

    /**
     * Every operation may be called with a bearer token or an API key. The scanner derives a requirement
     * from {@code @RolesAllowed} under a scheme named "SecurityScheme" that the document does not define;
     * it becomes one requirement per real scheme. The roles move to the description ("Roles: ..."), which
     * generated clients show in their docs: as scopes of non-OAuth schemes, most tools reject them.
     * An operation that declares {@code security: []} (public) keeps it.
     */
    private static void secure(Components components, Operation operation) {
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> declared = operation.getSecurity();
        if (declared != null) {
            boolean allDefined = true;
            for (SecurityRequirement requirement : declared) {
                for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                    allDefined &= components.getSecuritySchemes().containsKey(scheme.getKey());
                    if (scheme.getValue() != null) {
                        scheme.getValue().stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                    }
                }
            }
            if (allDefined) {
                return;
            }
        }
        operation.setSecurity(new ArrayList<>(List.of(
                OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(API_KEY))));
        if (!roles.isEmpty()) {
            String sentence = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? sentence
                    : description.strip() + (description.strip().endsWith(".") ? " " : ". ") + sentence);
        }
    }

    /** Every schema under the components, each once: properties, items and composition members included. */
    private static void eachSchema(Schema schema, Set<Schema> seen, java.util.function.Consumer<Schema> action) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> eachSchema(property, seen, action));
        }
        eachSchema(schema.getItems(), seen, action);
        eachSchema(schema.getAdditionalPropertiesSchema(), seen, action);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(member -> eachSchema(member, seen, action));
            }
        }
    }

    /**
     * A time of day in this API is local (a contact's call window), but JSON Schema's {@code time}
     * format demands an offset, so validators and generated clients would reject "09:00". A made-up
     * {@code local-time} format is no better: standard validators (ajv strict, Prism) reject unknown
     * formats. So it is a string with the pattern the server accepts, and no format.
     */
    private static void localTime(Schema schema) {
        if ("time".equals(schema.getFormat())) {
            schema.setFormat(null);
            schema.setExternalDocs(null);
            if (schema.getPattern() == null) {
                schema.setPattern("^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?$");
            }
            if (schema.getDescription() == null) {
                schema.setDescription("local time of day, HH:mm or HH:mm:ss");
            }
        }
    }

    /**
     * {@code @Digits(fraction = 6)} becomes {@code multipleOf: 0.000001}, which validators check in binary
     * floating point: Prism rejects an ordinary latitude such as 30.592849 (30.592849 / 0.000001 is not
     * an integer in doubles) although the server accepts it. The limit is stated in words instead.
     */
    private static void decimalPlaces(Schema schema) {
        BigDecimal step = schema.getMultipleOf();
        if (step == null || step.stripTrailingZeros().scale() <= 0) {
            return;
        }
        schema.setMultipleOf(null);
        String places = "at most " + step.stripTrailingZeros().scale() + " decimal places";
        schema.setDescription(schema.getDescription() == null ? places : schema.getDescription() + "; " + places);
    }

    /**
     * A value that may be one of several JSON scalar types (a questionnaire answer: true, 4 or "text")
     * is described as any JSON value, with the allowed types listed in {@code x-json-types}, instead of
     * a {@code oneOf} of scalars (or a type list, which generators turn into the same oneOf). Generated
     * clients decode such a oneOf by trying each type with lenient coercion, so {@code true} also
     * "matches" string and decoding fails ("2 classes match"); as any value, clients hand the
     * application the plain JSON value (Java Object, Kotlin Any, TypeScript any).
     */
    private static void scalarUnion(Schema schema) {
        List<Schema> members = schema.getOneOf();
        if (members == null || members.size() < 2 || schema.getType() != null) {
            return;
        }
        List<Schema.SchemaType> types = new ArrayList<>();
        for (Schema member : members) {
            if (member.getRef() != null || member.getType() == null || member.getType().size() != 1
                    || member.getProperties() != null || member.getEnumeration() != null
                    || member.getType().get(0) == Schema.SchemaType.OBJECT
                    || member.getType().get(0) == Schema.SchemaType.ARRAY) {
                return;
            }
            types.add(member.getType().get(0));
        }
        schema.setOneOf(null);
        schema.addExtension("x-json-types", types.stream().map(Object::toString).toList());
    }

    /** Tags that no operation uses (e.g. of hidden, dev-only endpoints) would be empty groups in clients and docs. */
    private static void dropUnusedTags(OpenAPI api) {
        if (api.getTags() == null || api.getPaths() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        api.setTags(new ArrayList<>(api.getTags().stream().filter(tag -> used.contains(tag.getName())).toList()));
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }

    private static void exampleFromSchema(Components components, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
            if (media.getExample() != null || media.getSchema() == null) {
                continue;
            }
            // an array of a named item (a provider's batch of reports): the example is a batch of one
            boolean array = media.getSchema().getRef() == null && media.getSchema().getItems() != null;
            Schema named = array ? media.getSchema().getItems() : media.getSchema();
            if (named.getRef() == null) {
                continue;
            }
            String ref = named.getRef();
            Schema schema = components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            if (schema == null) {
                continue;
            }
            Object example = schema.getExample() != null ? schema.getExample()
                    : schema.getExamples() != null && !schema.getExamples().isEmpty() ? schema.getExamples().get(0) : null;
            if (example != null) {
                media.setExample(array ? java.util.List.of(example) : example);
            }
        }
    }
}
