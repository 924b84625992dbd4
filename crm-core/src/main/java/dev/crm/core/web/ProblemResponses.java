package dev.crm.core.web;

import dev.crm.core.api.LoginThrottledException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem responses written by the security filters, which run before Spring MVC and its
 * {@link ApiProblemHandler}, so 401 and 403 look like every other error.
 */
final class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException) {
                long seconds = ((LoginThrottledException) e).retryAfter().toSeconds();
                response.setHeader("Retry-After", Long.toString(seconds));
                write(response, ProblemType.TOO_MANY_SIGN_INS, "Too many failed sign-ins for this username or from"
                        + " this address; try again in " + seconds + " seconds", request.getRequestURI());
                return;
            }
            // Invites clients (and curl --anyauth) to authenticate with Basic.
            response.setHeader("WWW-Authenticate", "Basic realm=\"crm\"");
            write(response, ProblemType.UNAUTHENTICATED, "Sign in with your staff username and password",
                    request.getRequestURI());
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, ProblemType.FORBIDDEN,
                "Your role does not allow this operation", request.getRequestURI());
    }

    /**
     * The firewall's refusal of a URL it considers an attack (encoded slash or percent, "..", ";",
     * a backslash) happens before any filter; without this it is a bare 400 from the error page.
     */
    RequestRejectedHandler rejected() {
        return (request, response, e) -> write(response, ProblemType.MALFORMED_REQUEST,
                "The request URL contains characters or sequences that are not accepted", request.getRequestURI());
    }

    private void write(HttpServletResponse response, ProblemType type, String detail, String instance)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", detail);
        body.put("instance", instance);
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
