package dev.crm.app.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.hostile.HostileInputs.Case;
import dev.crm.app.hostile.OpenApiOperations.Operation;
import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Sends malformed and boundary input to every operation of the live OpenAPI document, as ADMIN so
 * that no role check hides the handler: no answer may be a 5xx, every 4xx must be an RFC 9457
 * problem (and a validation problem must name its fields), and an operation that answered no case
 * with a 2xx must not have changed the number of documents of any collection (no half-written
 * record). A new endpoint is fuzzed as soon as it is in the document.
 */
class HostileInputTest extends ApiIntegrationTest {

    /** Fixed, so a failure reproduces; change it to explore other cases. */
    static final long SEED = 20261202L;
    static final int CASES_PER_OPERATION = 16;

    @Autowired
    MongoTemplate mongo;

    @Test
    void everyOperationAnswersHostileInputWithProblemsNeverWithServerErrors() {
        OpenApiOperations document = OpenApiOperations.of(baseUrl());
        HostileInputs inputs = new HostileInputs(document);
        ApiClient admin = asAdmin();
        List<String> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        int sent = 0;
        List<Operation> operations = document.all();
        assertThat(operations).hasSizeGreaterThan(100);
        for (Operation operation : operations) {
            List<Case> cases = inputs.cases(operation, SEED, CASES_PER_OPERATION);
            Map<String, Long> before = operation.method().equals("GET") ? Map.of() : documentCounts();
            boolean anySucceeded = false;
            for (Case c : cases) {
                ApiResponse response = admin.send(c.method(), c.pathAndQuery(), c.headers(), c.contentType(), c.body());
                sent++;
                String verdict = verdict(c, response);
                if (verdict != null) {
                    failures.add(operation.key() + " [" + c.name() + "]: " + verdict);
                }
                if (response.status() < 300) {
                    anySucceeded = true;
                    accepted.add(operation.key() + " [" + c.name() + "] -> " + response.status());
                }
            }
            if (!before.isEmpty() && !anySucceeded) {
                Map<String, Long> after = documentCounts();
                if (!after.equals(before)) {
                    failures.add(operation.key() + ": refused every case yet changed document counts "
                            + difference(before, after));
                }
            }
        }
        System.out.printf("Hostile input: %d operations, %d requests, %d failures, %d accepted, %d ms counting%n",
                operations.size(), sent, failures.size(), accepted.size(), countingNanos / 1_000_000);
        accepted.forEach(a -> System.out.println("accepted: " + a));
        assertThat(failures).as("operations that answered hostile input wrongly").isEmpty();
    }

    /** What is wrong with the answer to a case, or null when it is right. */
    static String verdict(Case c, ApiResponse response) {
        int status = response.status();
        if (status >= 500) {
            return status + " " + abbreviate(response.rawBody());
        }
        if (status < 400) {
            return null;
        }
        String contentType = response.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return status + " not a problem document (Content-Type " + contentType + "): " + abbreviate(response.rawBody());
        }
        JsonNode problem = response.body();
        if (problem == null || !problem.path("type").isString() || !problem.path("title").isString()
                || problem.path("status").asInt() != status) {
            return status + " problem without type, title or matching status: " + abbreviate(response.rawBody());
        }
        if (problem.path("type").asString().equals("urn:crm:problem:invalid-request")) {
            JsonNode errors = problem.path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return status + " validation problem naming no field: " + abbreviate(response.rawBody());
            }
            for (JsonNode error : errors) {
                if (error.path("field").asString("").isBlank()) {
                    return status + " validation problem with a nameless field: " + abbreviate(response.rawBody());
                }
            }
        }
        return null;
    }

    private long countingNanos;

    private Map<String, Long> documentCounts() {
        long start = System.nanoTime();
        try {
            return countAll();
        } finally {
            countingNanos += System.nanoTime() - start;
        }
    }

    private Map<String, Long> countAll() {
        Map<String, Long> counts = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            counts.put(collection, mongo.getCollection(collection).estimatedDocumentCount());
        }
        return counts;
    }

    private static Map<String, String> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((collection, count) -> {
            long was = before.getOrDefault(collection, 0L);
            if (was != count) {
                changed.put(collection, was + " -> " + count);
            }
        });
        return changed;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
