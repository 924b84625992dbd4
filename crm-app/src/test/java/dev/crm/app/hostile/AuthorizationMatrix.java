package dev.crm.app.hostile;

import dev.crm.app.hostile.OpenApiOperations.Operation;
import dev.crm.core.api.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The declared expectation table (test resource {@code authorization-matrix.txt}): one line per
 * operation, {@code METHOD /path} then {@code PUBLIC} or the roles allowed ({@code ROLE(own)}: let in, but
 * the handler may still refuse by a rule on the record, so 403 is accepted too). Judges observed answers
 * against it; knows nothing of the running application, so a wrong table is reported as such.
 */
final class AuthorizationMatrix {

    /** {@code recordChecked}: roles the handler lets in, then refuses or not by a rule on the record (privacy). */
    record Expectation(boolean isPublic, Set<Role> allowed, Set<Role> recordChecked) {

        boolean allows(Role role) {
            return isPublic || allowed.contains(role);
        }
    }

    private final Map<String, Expectation> expectations;

    private AuthorizationMatrix(Map<String, Expectation> expectations) {
        this.expectations = expectations;
    }

    static AuthorizationMatrix parse(List<String> lines) {
        Map<String, Expectation> expectations = new LinkedHashMap<>();
        for (String raw : lines) {
            int comment = raw.indexOf('#');
            String line = (comment < 0 ? raw : raw.substring(0, comment)).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length < 3) {
                throw new IllegalArgumentException("expected 'METHOD /path PUBLIC|ROLE...': " + line);
            }
            String key = parts[0] + " " + parts[1];
            List<String> grants = Arrays.asList(parts).subList(2, parts.length);
            Set<Role> allowed = EnumSet.noneOf(Role.class);
            Set<Role> recordChecked = EnumSet.noneOf(Role.class);
            for (String grant : grants) {
                if (grant.endsWith("(own)")) {
                    recordChecked.add(Role.valueOf(grant.substring(0, grant.length() - "(own)".length())));
                } else if (!grant.equals("PUBLIC")) {
                    allowed.add(Role.valueOf(grant));
                }
            }
            Expectation expectation = new Expectation(grants.equals(List.of("PUBLIC")), allowed, recordChecked);
            if (expectations.put(key, expectation) != null) {
                throw new IllegalArgumentException("two lines for " + key);
            }
        }
        return new AuthorizationMatrix(expectations);
    }

    Expectation expectation(String key) {
        return expectations.get(key);
    }

    /** Operations without a line, and lines for operations the document no longer has. */
    List<String> coverageProblems(List<Operation> operations) {
        List<String> problems = new ArrayList<>();
        Set<String> published = operations.stream().map(Operation::key).collect(Collectors.toSet());
        for (String key : published.stream().sorted().toList()) {
            if (!expectations.containsKey(key)) {
                problems.add(key + ": no expectation line (add one to authorization-matrix.txt)");
            }
        }
        for (String key : expectations.keySet()) {
            if (!published.contains(key)) {
                problems.add(key + ": stale expectation line, the OpenAPI document has no such operation");
            }
        }
        return problems;
    }

    /**
     * What is wrong with one answer, or null. {@code role} null means anonymous;
     * {@code basicChallenge} whether the 401 came with the API chain's {@code WWW-Authenticate: Basic}.
     */
    String judge(String key, Role role, int status, boolean basicChallenge) {
        Expectation expectation = expectations.get(key);
        if (expectation == null) {
            return null;
        }
        String who = role == null ? "anonymous" : role.name();
        if (role == null && !expectation.isPublic()) {
            return status == 401 ? null : key + " as " + who + ": expected 401, got " + status;
        }
        if (role != null && expectation.recordChecked().contains(role)) {
            // Let in by role; whether this record may be seen is the handler's rule, not the matrix's.
            return status == 401 ? key + " as " + who + ": expected to be let in, got 401" : null;
        }
        if (role == null || expectation.allows(role)) {
            // A public endpoint may refuse a bad token of its own with 401, but never ask for a staff login.
            boolean refused = status == 403 || (status == 401 && (basicChallenge || !expectation.isPublic()));
            return refused ? key + " as " + who + ": expected to be let through, got " + status : null;
        }
        return status == 403 ? null : key + " as " + who + ": expected 403, got " + status;
    }
}
