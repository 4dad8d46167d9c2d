package io.fieldback.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/** What every operation shares and the scanner cannot see: security, 201 on create, the problem responses. */
final class OperationCompletion {

    /** Ordered, so the generated document is the same on every build. */
    private static final Map<String, String> COMMON_PROBLEMS = new java.util.TreeMap<>(Map.of(
            "400", "Invalid input: the problem lists the fields at fault",
            "401", "Missing or invalid credentials",
            "403", "The caller's role does not allow this operation",
            "500", "Unexpected error (a bug); the problem carries an incident id",
            "429", "Too many requests from this caller; Retry-After says when to try again",
            "503", "The database is briefly unreachable or a query ran too long; retry after Retry-After seconds"));

    private OperationCompletion() {
    }

    static void complete(Components components, String path, PathItem.HttpMethod method, Operation operation) {
        secure(components, operation);
        APIResponses responses = operation.getResponses();
        if (method == PathItem.HttpMethod.POST && operation.getOperationId() != null
                && operation.getOperationId().startsWith("create") && responses.hasAPIResponse("200")) {
            created(responses);
        }
        // the generator's bare 401/403 become problem responses like every other error
        responses.removeAPIResponse("401");
        responses.removeAPIResponse("403");
        COMMON_PROBLEMS.forEach((status, description) -> problem(responses, status, description));
        if (path.contains("{")) {
            problem(responses, "404", "No such resource, or it belongs to another tenant");
        }
        writeProblems(method, responses);
        RequestExamples.fromSchema(components, operation);
    }

    /** Our creating POSTs answer 201 with Location and ETag; the scanner cannot see that in RestResponse. */
    private static void created(APIResponses responses) {
        responses.addAPIResponse("201", responses.getAPIResponse("200").description("Created")
                .addHeader("Location", OASFactory.createHeader().description("the new resource")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")))
                .addHeader("ETag", OASFactory.createHeader().description("its version, for If-Match")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))));
        responses.removeAPIResponse("200");
    }

    private static void writeProblems(PathItem.HttpMethod method, APIResponses responses) {
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
        if (declared != null && collectRoles(components, declared, roles)) {
            return;
        }
        operation.setSecurity(new ArrayList<>(List.of(
                OASFactory.createSecurityRequirement().addScheme(ContractComponents.BEARER),
                OASFactory.createSecurityRequirement().addScheme(ContractComponents.API_KEY))));
        if (!roles.isEmpty()) {
            String sentence = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? sentence
                    : description.strip() + (description.strip().endsWith(".") ? " " : ". ") + sentence);
        }
    }

    /** Adds the declared requirements' roles to the list; true when every scheme they name is a defined one. */
    private static boolean collectRoles(Components components, List<SecurityRequirement> declared, List<String> roles) {
        boolean allDefined = true;
        for (SecurityRequirement requirement : declared) {
            for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                allDefined &= components.getSecuritySchemes().containsKey(scheme.getKey());
                if (scheme.getValue() != null) {
                    scheme.getValue().stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                }
            }
        }
        return allDefined;
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }
}
