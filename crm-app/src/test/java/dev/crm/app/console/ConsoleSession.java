package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A console session over plain HTTP, for what a browser will not do: posting a form the page does
 * not offer. Signs in through the login form; every POST carries the CSRF token of the session.
 */
public final class ConsoleSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ConsoleSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static ConsoleSession signedIn(String baseUrl, String username, String password) {
        ConsoleSession session = anonymous(baseUrl);
        assertThat(session.signIn(username, password)).endsWith("/console");
        return session;
    }

    /** A browser that has not signed in yet (its cookies are kept across requests). */
    public static ConsoleSession anonymous(String baseUrl) {
        return new ConsoleSession(baseUrl);
    }

    /** Posts the login form; returns where the console redirects to ({@code /console}, {@code /login?error}, ...). */
    public String signIn(String username, String password) {
        HttpResponse<String> login = post("/login", Map.of("username", username, "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        return login.headers().firstValue("Location").orElseThrow();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form with the session's CSRF token, as taken from a page of the session. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        Matcher csrf = CSRF_FIELD.matcher(get(path.equals("/login") ? "/login" : "/console").body());
        assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf.group(1));
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
