package dev.crm.app.support;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** What the API answered: status, headers, and the body parsed as JSON when it is JSON. */
public record ApiResponse(int status, HttpHeaders headers, JsonNode body, String rawBody) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + rawBody;
    }
}
