package dev.crm.app.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations of the live OpenAPI document (springdoc's {@code /v3/api-docs}), with their
 * parameters and JSON body schema ({@code $ref}s resolved), so the hostile-input and authorization
 * tests cover every endpoint the application publishes without a list of their own.
 */
final class OpenApiOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** A path or query parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One method + path of the document. {@code bodySchema} is null when the operation takes no body. */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema,
            boolean bodyRequired, String bodyMediaType) {

        /** {@code POST /api/v1/complaints}: the key of the operation in reports and in the expectation table. */
        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        boolean takesJson() {
            return bodySchema != null && bodyMediaType.contains("json");
        }
    }

    private final JsonNode document;

    OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    /**
     * Reads the document of the running application. Springdoc builds it on the first call, which
     * takes tens of seconds on a busy machine: longer than the API client's timeout, hence a client of its own.
     */
    static OpenApiOperations of(String baseUrl) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).timeout(Duration.ofMinutes(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /v3/api-docs answered " + response.statusCode());
            }
            return new OpenApiOperations(JsonMapper.builder().build().readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode pathItem, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : source) {
                JsonNode resolved = resolve(parameter);
                parameters.add(new Parameter(resolved.path("name").asString(), resolved.path("in").asString(),
                        resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
            }
        }
        JsonNode body = resolve(operation.path("requestBody"));
        JsonNode schema = null;
        String mediaType = null;
        Iterator<Map.Entry<String, JsonNode>> contents = body.path("content").properties().iterator();
        if (contents.hasNext()) {
            Map.Entry<String, JsonNode> content = contents.next();
            mediaType = content.getKey();
            schema = resolve(content.getValue().path("schema"));
        }
        return new Operation(method, path, List.copyOf(parameters), schema, body.path("required").asBoolean(false),
                mediaType);
    }

    /** The schema (or parameter, or body) a {@code $ref} points to; anything else unchanged. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        if (current.isMissingNode() || current.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        return current;
    }

    /** The properties of an object schema, {@code allOf} parts merged. */
    ObjectNode properties(JsonNode schema) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        JsonNode resolved = resolve(schema);
        resolved.path("properties").properties().forEach(p -> merged.set(p.getKey(), resolve(p.getValue())));
        for (JsonNode part : resolved.path("allOf")) {
            properties(part).properties().forEach(p -> merged.set(p.getKey(), p.getValue()));
        }
        return merged;
    }

    List<String> required(JsonNode schema) {
        List<String> required = new ArrayList<>();
        JsonNode resolved = resolve(schema);
        resolved.path("required").forEach(name -> required.add(name.asString()));
        for (JsonNode part : resolved.path("allOf")) {
            required.addAll(required(part));
        }
        return required;
    }

    /** The first type a schema names ({@code type} may be a list in OpenAPI 3.1), or "object"/"string" by shape. */
    String type(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        } else if (type.isString()) {
            return type.asString();
        }
        if (resolved.has("properties") || resolved.has("allOf") || resolved.has("additionalProperties")) {
            return "object";
        }
        if (resolved.has("items")) {
            return "array";
        }
        for (String union : List.of("oneOf", "anyOf")) {
            if (resolved.has(union) && !resolved.get(union).isEmpty()) {
                return type(resolved.get(union).get(0));
            }
        }
        return "string";
    }
}
