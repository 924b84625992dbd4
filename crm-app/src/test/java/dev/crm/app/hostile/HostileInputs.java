package dev.crm.app.hostile;

import dev.crm.app.hostile.OpenApiOperations.Operation;
import dev.crm.app.hostile.OpenApiOperations.Parameter;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed and boundary requests for one operation, derived from its OpenAPI description: every
 * case breaks exactly one thing of an otherwise plausible request (a path variable, a query
 * parameter, a header, the body's framing, one body property), so a failure names what broke it.
 * Deterministic for a given seed and operation; at most {@code limit} cases per operation, the
 * structural body cases (empty, not JSON, deep, invalid UTF-8, wrong media type) always among them.
 */
final class HostileInputs {

    /** One request to send. {@code body} null means none; {@code field} is what the case breaks. */
    record Case(String name, String field, String method, String pathAndQuery, Map<String, String> headers,
            String contentType, byte[] body) {
    }

    static final int HUGE_STRING_CHARS = 1024 * 1024;
    static final int DEEP_NESTING = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> BAD_PATH_VALUES = List.of("not an id", "-1", "9223372036854775808",
            "%00", "a;b", "%2F..%2F", "%25", "%FF%FE", "\u0000", "' OR '1'='1", "\uD83D\uDE00", "x".repeat(2000),
            "..", "%5C");
    private static final List<String> BAD_TEXT_VALUES = List.of("(", "[", "*", "\\", "' OR '1'='1", "{\"$gt\": \"\"}",
            "\u0000", "\uD83D\uDE00", "%FF", "");
    private static final List<String> BAD_NUMBERS = List.of("-1", "100000", "abc", "9223372036854775808", "1e400",
            "NaN", "", "0x10", "2147483648");

    private final OpenApiOperations document;

    HostileInputs(OpenApiOperations document) {
        this.document = document;
    }

    /**
     * Whether a case could, by chance, be a valid request that changes data. Those are sent only to
     * operations that address a record by path variable (the fuzzer's ids never exist, so the
     * handler refuses before writing) and to reads, never to creates and settings without one: a
     * fuzzed SLA policy or value-rule set would change what every other test in the shared context sees.
     */
    private static boolean writesWithoutRecord(Operation operation) {
        if (operation.method().equals("GET")) {
            return false;
        }
        // PUT creates what it names; an enum path variable names a real record (e.g. a complaint type).
        return operation.method().equals("PUT") || operation.in("path").isEmpty()
                || operation.in("path").stream().anyMatch(p -> p.schema().has("enum"));
    }

    List<Case> cases(Operation operation, long seed, int limit) {
        Random random = new Random(seed ^ operation.key().hashCode());
        Map<String, String> path = new LinkedHashMap<>();
        operation.in("path").forEach(p -> path.put(p.name(), plausible(p.schema(), random)));
        Map<String, String> query = new LinkedHashMap<>();
        operation.in("query").stream().filter(Parameter::required)
                .forEach(p -> query.put(p.name(), plausible(p.schema(), random)));
        JsonNode body = operation.takesJson() ? sample(operation.bodySchema(), random, 0) : null;
        boolean guarded = writesWithoutRecord(operation);
        if (guarded && operation.bodySchema() == null) {
            // Nothing to break but the request itself: sending it would run the command (start a job, scan).
            return List.of();
        }

        List<Case> always = new ArrayList<>();
        List<Case> others = new ArrayList<>();
        Request base = new Request(operation, path, query, Map.of(), body);

        for (Parameter parameter : operation.in("path")) {
            List<String> values = new ArrayList<>(BAD_PATH_VALUES);
            Collections.shuffle(values, random);
            for (String value : values.subList(0, 4)) {
                others.add(base.withPath(parameter.name(), value).toCase("path " + parameter.name() + "=" + shorten(value),
                        parameter.name()));
            }
        }
        for (Parameter parameter : operation.in("query")) {
            for (String value : badValuesFor(parameter.schema(), random)) {
                others.add(base.withQuery(parameter.name(), value)
                        .toCase("query " + parameter.name() + "=" + shorten(value), parameter.name()));
            }
            if (parameter.required()) {
                others.add(base.withoutQuery(parameter.name()).toCase("query " + parameter.name() + " missing",
                        parameter.name()));
            }
        }
        for (Parameter parameter : operation.in("header")) {
            for (String value : List.of("garbage", "\"-1\"", "W/\"x\"", "\"99999999999999999999\"", "x".repeat(4000))) {
                others.add(base.withHeader(parameter.name(), value)
                        .toCase("header " + parameter.name() + "=" + shorten(value), parameter.name()));
            }
        }
        if (operation.takesJson()) {
            bodyCases(operation, base, body, guarded, random, always, others);
        } else if (operation.bodySchema() != null) {
            // A body in another media type (CSV import): wrong type, and invalid bytes in the right one.
            always.add(base.withRawBody("application/json", utf8("{\"a\": 1}")).toCase("body as JSON", ""));
            always.add(base.withRawBody(operation.bodyMediaType(), invalidUtf8("a,b\n")).toCase("body invalid UTF-8", ""));
        }
        Collections.shuffle(others, random);
        List<Case> chosen = new ArrayList<>(always);
        for (Case c : others) {
            if (chosen.size() >= Math.max(limit, always.size())) {
                break;
            }
            chosen.add(c);
        }
        return chosen;
    }

    private void bodyCases(Operation operation, Request base, JsonNode body, boolean guarded, Random random,
            List<Case> always, List<Case> others) {
        String json = "application/json";
        always.add(base.withRawBody(json, new byte[0]).toCase("body empty", ""));
        always.add(base.withRawBody(json, utf8("{\"unterminated\": ")).toCase("body not JSON", ""));
        always.add(base.withRawBody("text/plain", utf8(body.toString())).toCase("body as text/plain", ""));
        always.add(base.withRawBody(json, deepJson(body)).toCase("body nested " + DEEP_NESTING + " deep", ""));
        always.add(base.withRawBody(json, invalidUtf8(body.toString())).toCase("body invalid UTF-8", ""));
        if (guarded && !operation.bodyRequired()) {
            // An optional body left out is a valid request (start a scoring run with the defaults).
            always.remove(0);
        } else {
            others.add(base.withRawBody(json, utf8("null")).toCase("body null", ""));
        }
        others.add(base.withRawBody(json, utf8("[]")).toCase("body an array", ""));
        others.add(base.withRawBody(json, utf8("\"text\"")).toCase("body a string", ""));
        others.add(base.withRawBody("application/xml", utf8("<a/>")).toCase("body as XML", ""));

        ObjectNode properties = document.properties(operation.bodySchema());
        List<String> required = document.required(operation.bodySchema());
        if (!guarded || !required.isEmpty()) {
            // A huge string in a random text property; where the request could succeed, with a required field gone.
            List<String> texts = new ArrayList<>();
            properties.properties().forEach(p -> {
                if (document.type(p.getValue()).equals("string") && !p.getValue().has("enum")) {
                    texts.add(p.getKey());
                }
            });
            if (!texts.isEmpty() && body.isObject()) {
                String field = texts.get(random.nextInt(texts.size()));
                ObjectNode huge = ((ObjectNode) body).deepCopy();
                huge.put(field, "\u6C49".repeat(HUGE_STRING_CHARS / 3));
                if (guarded) {
                    required.stream().filter(r -> !r.equals(field)).findFirst().ifPresent(huge::remove);
                }
                always.add(base.withBody(huge).toCase("body " + field + " = 1 MB string", field));
            }
        }
        if (!body.isObject()) {
            return;
        }
        for (String field : required) {
            ObjectNode missing = ((ObjectNode) body).deepCopy();
            missing.remove(field);
            others.add(base.withBody(missing).toCase("body " + field + " missing", field));
        }
        if (!guarded) {
            others.add(base.withBody(NODES.objectNode()).toCase("body {}", ""));
        }
        properties.properties().forEach(p -> {
            for (Mutation mutation : mutations(p.getValue())) {
                if (guarded && mutation.mayBeValid()) {
                    continue;
                }
                ObjectNode changed = ((ObjectNode) body).deepCopy();
                changed.set(p.getKey(), mutation.value());
                if (guarded) {
                    // Belt and braces where a lucky request would create something: a required field goes too.
                    required.stream().filter(r -> !r.equals(p.getKey())).findFirst().ifPresent(changed::remove);
                }
                others.add(base.withBody(changed).toCase("body " + p.getKey() + " = " + shorten(mutation.value().toString()),
                        p.getKey()));
            }
            JsonNode nested = nestedObjectSchema(p.getValue());
            if (nested != null && body.get(p.getKey()) != null) {
                document.properties(nested).properties().forEach(inner -> {
                    for (Mutation mutation : mutations(inner.getValue())) {
                        if (mutation.mayBeValid()) {
                            continue;
                        }
                        ObjectNode changed = ((ObjectNode) body).deepCopy();
                        JsonNode holder = changed.get(p.getKey());
                        ObjectNode target = holder.isArray() && !holder.isEmpty() && holder.get(0).isObject()
                                ? (ObjectNode) holder.get(0) : holder.isObject() ? (ObjectNode) holder : null;
                        if (target != null) {
                            target.set(inner.getKey(), mutation.value());
                            String field = p.getKey() + (holder.isArray() ? "[0]." : ".") + inner.getKey();
                            others.add(base.withBody(changed)
                                    .toCase("body " + field + " = " + shorten(mutation.value().toString()), field));
                        }
                    }
                });
            }
        });
    }

    private record Mutation(JsonNode value, boolean mayBeValid) {
    }

    private List<Mutation> mutations(JsonNode schema) {
        List<Mutation> mutations = new ArrayList<>();
        String type = document.type(schema);
        mutations.add(new Mutation(NODES.nullNode(), true));
        switch (type) {
            case "integer" -> {
                mutations.add(new Mutation(NODES.stringNode("abc"), false));
                mutations.add(new Mutation(NODES.numberNode(new java.math.BigInteger("9223372036854775808")), false));
                mutations.add(new Mutation(NODES.numberNode(new java.math.BigDecimal("1e400")), false));
                mutations.add(new Mutation(NODES.stringNode("NaN"), false));
                mutations.add(new Mutation(NODES.numberNode(-1), true));
                mutations.add(new Mutation(NODES.numberNode(Long.MAX_VALUE), true));
                mutations.add(new Mutation(NODES.objectNode().put("n", 1), false));
            }
            case "number" -> {
                mutations.add(new Mutation(NODES.stringNode("abc"), false));
                mutations.add(new Mutation(NODES.numberNode(new java.math.BigDecimal("1e400")), true));
                mutations.add(new Mutation(NODES.stringNode("NaN"), true));
                mutations.add(new Mutation(NODES.numberNode(new java.math.BigDecimal("-1")), true));
                mutations.add(new Mutation(NODES.numberNode(new java.math.BigDecimal("1e-400")), true));
                mutations.add(new Mutation(NODES.arrayNode().add(1), false));
            }
            case "boolean" -> {
                mutations.add(new Mutation(NODES.stringNode("maybe"), false));
                mutations.add(new Mutation(NODES.numberNode(2), true)); // Jackson coerces numbers to booleans
            }
            case "array" -> {
                mutations.add(new Mutation(NODES.objectNode().put("not", "an array"), false));
                ArrayNode junk = NODES.arrayNode();
                junk.add(NODES.objectNode().set("x", NODES.arrayNode()));
                mutations.add(new Mutation(junk, itemsAreObjects(schema)));
            }
            case "object" -> {
                mutations.add(new Mutation(NODES.numberNode(42), false));
                mutations.add(new Mutation(NODES.arrayNode().add("x"), false));
            }
            default -> {
                JsonNode resolved = document.resolve(schema);
                if (resolved.has("enum")) {
                    mutations.add(new Mutation(NODES.stringNode("NOT_A_VALUE"), false));
                }
                String format = resolved.path("format").asString("");
                if (!format.isEmpty()) {
                    mutations.add(new Mutation(NODES.stringNode("not-a-" + format), false));
                    if (format.startsWith("date")) {
                        mutations.add(new Mutation(NODES.stringNode("+999999999-12-31T23:59:59Z"), false));
                    }
                }
                mutations.add(new Mutation(NODES.objectNode().put("s", 1), false));
                mutations.add(new Mutation(NODES.arrayNode().add("x"), false));
                mutations.add(new Mutation(NODES.stringNode("\u0000<script>\uD83D\uDE00"), true));
            }
        }
        return mutations;
    }

    private boolean itemsAreObjects(JsonNode schema) {
        return document.type(document.resolve(schema).path("items")).equals("object");
    }

    private JsonNode nestedObjectSchema(JsonNode schema) {
        String type = document.type(schema);
        if (type.equals("object") && document.resolve(schema).has("properties")) {
            return schema;
        }
        if (type.equals("array") && itemsAreObjects(schema) && document.resolve(document.resolve(schema).path("items"))
                .has("properties")) {
            return document.resolve(schema).path("items");
        }
        return null;
    }

    private List<String> badValuesFor(JsonNode schema, Random random) {
        String type = document.type(schema);
        JsonNode resolved = document.resolve(schema);
        List<String> values = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> values.addAll(BAD_NUMBERS);
            case "boolean" -> values.addAll(List.of("maybe", "", "2"));
            default -> {
                if (resolved.has("enum")) {
                    values.add("NOT_A_VALUE");
                    values.add("");
                }
                String format = resolved.path("format").asString("");
                if (format.startsWith("date")) {
                    values.addAll(List.of("2026-13-45", "yesterday", "+999999999-12-31", "2026-02-30T25:61:00Z"));
                }
                values.addAll(BAD_TEXT_VALUES);
            }
        }
        Collections.shuffle(values, random);
        return values.subList(0, Math.min(4, values.size()));
    }

    /** A value of the right type and shape, so the request fails only where a case breaks it. */
    private String plausible(JsonNode schema, Random random) {
        JsonNode resolved = document.resolve(schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0).asString();
        }
        return switch (document.type(resolved)) {
            case "integer", "number" -> "999999";
            case "boolean" -> "true";
            default -> switch (resolved.path("format").asString("")) {
                case "date" -> "2026-01-01";
                case "date-time" -> "2026-01-01T00:00:00Z";
                default -> "fuzz" + Integer.toString(random.nextInt(1 << 30), 36);
            };
        };
    }

    JsonNode sample(JsonNode schema, Random random, int depth) {
        JsonNode resolved = document.resolve(schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        String type = document.type(resolved);
        String format = resolved.path("format").asString("");
        switch (type) {
            case "integer":
                return NODES.numberNode(resolved.path("minimum").asLong(1) + 1);
            case "number":
                return NODES.numberNode(new java.math.BigDecimal("1.50"));
            case "boolean":
                return NODES.booleanNode(true);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(resolved.path("items"), random, depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    document.properties(resolved).properties()
                            .forEach(p -> object.set(p.getKey(), sample(p.getValue(), random, depth + 1)));
                    JsonNode additional = resolved.path("additionalProperties");
                    if (additional.isObject() && object.isEmpty()) {
                        object.set("key", sample(additional, random, depth + 1));
                    }
                }
                return object;
            }
            default:
                return NODES.stringNode(switch (format) {
                    case "date" -> "2026-01-01";
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    case "duration" -> "PT1H";
                    case "email" -> "fuzz@example.com";
                    case "uuid" -> "00000000-0000-0000-0000-000000000000";
                    case "uri" -> "https://example.com/fuzz";
                    default -> "fuzz" + Integer.toString(random.nextInt(1 << 30), 36);
                });
        }
    }

    /** The plausible body with one more property that opens {@link #DEEP_NESTING} arrays. */
    private static byte[] deepJson(JsonNode body) {
        StringBuilder deep = new StringBuilder(DEEP_NESTING * 2 + 64);
        String prefix = body.isObject() && !body.isEmpty() ? body.toString().substring(0, body.toString().length() - 1) + ","
                : "{";
        deep.append(prefix).append("\"deep\":");
        deep.append("[".repeat(DEEP_NESTING)).append("]".repeat(DEEP_NESTING)).append('}');
        return utf8(deep.toString());
    }

    /** Bytes that are not UTF-8 (a lone continuation byte, an overlong slash, 0xFF) inside a JSON string. */
    private static byte[] invalidUtf8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = utf8(text);
        int quote = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quote = i;
                break;
            }
        }
        int at = quote < 0 ? 0 : quote + 1;
        out.write(bytes, 0, at);
        out.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, (byte) 0xC3, (byte) 0x28});
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shorten(String value) {
        String printable = value.replace("\u0000", "\\0");
        return printable.length() > 40 ? printable.substring(0, 20) + "…(" + printable.length() + " chars)" : printable;
    }

    /** A request under construction: the plausible parts, one of which a case then breaks. */
    private record Request(Operation operation, Map<String, String> path, Map<String, String> query,
            Map<String, String> headers, JsonNode body, String rawContentType, byte[] rawBody) {

        Request(Operation operation, Map<String, String> path, Map<String, String> query, Map<String, String> headers,
                JsonNode body) {
            this(operation, path, query, headers, body, null, null);
        }

        Request withPath(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(path);
            changed.put(name, value);
            return new Request(operation, changed, query, headers, body, rawContentType, rawBody);
        }

        Request withQuery(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(query);
            changed.put(name, value);
            return new Request(operation, path, changed, headers, body, rawContentType, rawBody);
        }

        Request withoutQuery(String name) {
            Map<String, String> changed = new LinkedHashMap<>(query);
            changed.remove(name);
            return new Request(operation, path, changed, headers, body, rawContentType, rawBody);
        }

        Request withHeader(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            changed.put(name, value);
            return new Request(operation, path, query, changed, body, rawContentType, rawBody);
        }

        Request withBody(JsonNode changed) {
            return new Request(operation, path, query, headers, changed, null, null);
        }

        Request withRawBody(String contentType, byte[] bytes) {
            return new Request(operation, path, query, headers, body, contentType, bytes);
        }

        Case toCase(String name, String field) {
            String url = operation.path();
            for (Map.Entry<String, String> variable : path.entrySet()) {
                url = url.replace("{" + variable.getKey() + "}", encodePath(variable.getValue()));
            }
            StringBuilder withQuery = new StringBuilder(url);
            char separator = '?';
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                withQuery.append(separator).append(parameter.getKey()).append('=').append(encodeQuery(parameter.getValue()));
                separator = '&';
            }
            String contentType = rawBody != null ? rawContentType : body != null ? "application/json" : null;
            byte[] bytes = rawBody != null ? rawBody : body != null ? JSON.writeValueAsBytes(body) : null;
            return new Case(name, field, operation.method(), withQuery.toString(), headers, contentType, bytes);
        }

        /** Values already percent-encoded (e.g. {@code %00}) are sent as they are, to reach the server raw. */
        private static String encodePath(String value) {
            if (value.matches(".*%[0-9A-Fa-f]{2}.*")) {
                return value;
            }
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3B", ";")
                    .replace("%2E", ".");
        }

        private static String encodeQuery(String value) {
            if (value.matches("%[0-9A-Fa-f]{2}")) {
                return value;
            }
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
