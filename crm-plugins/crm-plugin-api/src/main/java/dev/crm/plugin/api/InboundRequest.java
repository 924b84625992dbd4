package dev.crm.plugin.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request the host received on {@code POST /api/v1/channels/{channelId}/inbound}, handed to
 * the channel unparsed so that it can verify a signature over the exact bytes.
 *
 * @param method          the HTTP method, e.g. {@code POST}; not blank
 * @param path            the request path without the query string; not {@code null}
 * @param headers         header values by name. Names are looked up case-insensitively
 *                        ({@code headers().get("x-signature")} finds {@code X-Signature}) and stored
 *                        in lower case; spellings of one name are merged. Unmodifiable.
 * @param queryParameters decoded query parameter values by name, in the order received; names are
 *                        case-sensitive, as in HTTP. Unmodifiable.
 * @param body            the raw body; empty, never {@code null}. Accessing it returns a copy.
 * @param remoteAddress   the caller's IP address as the host saw it, or {@code null}. Behind a proxy
 *                        this is the proxy, so prefer signatures to IP allow-lists.
 */
public record InboundRequest(String method, String path, Map<String, List<String>> headers,
                             Map<String, List<String>> queryParameters, byte[] body, String remoteAddress) {

    public InboundRequest {
        Objects.requireNonNull(method, "method");
        if (method.isBlank()) {
            throw new IllegalArgumentException("method must not be blank");
        }
        Objects.requireNonNull(path, "path");
        headers = caseInsensitiveCopy(headers);
        queryParameters = orderedCopy(queryParameters);
        body = body == null ? new byte[0] : body.clone();
    }

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        return first(headers.get(name));
    }

    /** All values of a header, whatever the case of its name; empty when absent. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        return first(queryParameters.get(name));
    }

    /** A copy: nothing a channel does with the array changes the request. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8, for text formats such as JSON, XML or form data. */
    public String bodyAsUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    // Arrays compare by identity in a record's generated equals; compare the bytes instead.
    @Override
    public boolean equals(Object o) {
        return o instanceof InboundRequest other && method.equals(other.method) && path.equals(other.path)
                && headers.equals(other.headers) && queryParameters.equals(other.queryParameters)
                && Arrays.equals(body, other.body) && Objects.equals(remoteAddress, other.remoteAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, headers, queryParameters, Arrays.hashCode(body), remoteAddress);
    }

    // Headers carry signatures and tokens, and bodies personal data: neither belongs in a log line.
    @Override
    public String toString() {
        return "InboundRequest[" + method + " " + path + ", " + body.length + " bytes from " + remoteAddress + "]";
    }

    private static Optional<String> first(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Map<String, List<String>> caseInsensitiveCopy(Map<String, List<String>> headers) {
        // "X-Signature" and "x-signature" are one header (RFC 9110 §5.1).
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                requireName(name, "header");
                List<String> merged = copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>());
                if (values != null) {
                    merged.addAll(values);
                }
            });
        }
        copy.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, List<String>> orderedCopy(Map<String, List<String>> parameters) {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, values) -> {
                requireName(name, "query parameter");
                copy.put(name, values == null ? List.of() : List.copyOf(values));
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " names must not be empty");
        }
    }
}
