package dev.crm.plugin.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request the host received on {@code POST /api/v1/channels/{channelId}/inbound}, handed to
 * the channel unparsed so it can verify signatures over the exact bytes.
 *
 * @param headers header names are matched case-insensitively
 */
public record InboundRequest(String method, String path, Map<String, List<String>> headers,
                             Map<String, List<String>> queryParameters, byte[] body, String remoteAddress) {

    public InboundRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        // Names differing only in case ("X-Signature", "x-signature") are one header.
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> caseInsensitive
                    .computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                    .addAll(values));
        }
        caseInsensitive.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(caseInsensitive);
        queryParameters = queryParameters == null ? Map.of() : Map.copyOf(queryParameters);
        body = body == null ? new byte[0] : body.clone();
    }

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Optional<String> queryParameter(String name) {
        List<String> values = queryParameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A copy: the request stays unchanged whatever the caller does with the array. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyAsUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

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

    @Override
    public String toString() {
        return "InboundRequest[" + method + " " + path + ", " + body.length + " bytes from " + remoteAddress + "]";
    }
}
