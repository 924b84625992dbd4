package dev.crm.channel.wechat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two calls to api.weixin.qq.com the channel makes: fetching an access token and sending a
 * customer-service text message. Transport failures become {@link DeliveryFailure}s here; what
 * an {@code errcode} means is decided by the caller, except for the token endpoint's.
 *
 * <p>URLs carry the AppSecret or the access token, so neither URLs nor exception messages of
 * the HTTP client ever go into a reason or a log line: only exception class names do.
 */
final class WeixinApi {

    /** WeChat's tokens live 7200 s; used when an answer does not say. */
    static final long DEFAULT_TOKEN_SECONDS = 7200;

    /** Fetch the next token this long before WeChat expires the current one. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(ApiSettings.DEFAULT_TIMEOUT)
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** WeChat's answer to a send: {@code errcode} 0 is success. */
    record Answer(int errcode, String errmsg, String msgid) {

        /** invalid credential, invalid access_token, access_token expired */
        boolean rejectsToken() {
            return errcode == 40001 || errcode == 40014 || errcode == 42001;
        }
    }

    /**
     * {@code GET /cgi-bin/token?grant_type=client_credential}.
     *
     * @throws DeliveryFailure permanent when WeChat refuses the credentials, retryable when it is
     *         busy or unreachable
     */
    AccessToken fetchToken(ApiSettings settings, Instant now) throws DeliveryFailure {
        URI uri = URI.create(settings.apiBaseUrl() + "/cgi-bin/token?grant_type=client_credential&appid="
                + encode(settings.appId()) + "&secret=" + encode(settings.appSecret()));
        JsonNode answer = call(HttpRequest.newBuilder(uri).GET(), settings.timeout(), "token request");
        int errcode = answer.path("errcode").asInt(0);
        String token = answer.path("access_token").stringValue(null);
        if (errcode == 0 && token != null && !token.isBlank()) {
            long lifetime = answer.path("expires_in").asLong(DEFAULT_TOKEN_SECONDS);
            return new AccessToken(token, settings.tokenIssuer(), now.plusSeconds(lifetime).minus(REFRESH_MARGIN));
        }
        throw switch (errcode) {
            case 0 -> DeliveryFailure.retryLater("WeChat's token answer has no access_token");
            case -1 -> DeliveryFailure.retryLater("WeChat is busy and issued no access token (errcode -1)");
            case 45009 -> DeliveryFailure.retryLater(
                    "the official account's daily quota of access tokens is used up (errcode 45009)");
            case 40164 -> DeliveryFailure.permanent("WeChat refused the app credentials (errcode 40164): "
                    + "the CRM's IP address is not in the official account's IP whitelist");
            default -> DeliveryFailure.permanent("WeChat refused the app credentials (errcode " + errcode
                    + "): check app-id and app-secret");
        };
    }

    /**
     * {@code POST /cgi-bin/message/custom/send}: a text customer-service message.
     *
     * @throws DeliveryFailure when WeChat cannot be reached or answers with something other than
     *         an errcode
     */
    Answer sendText(ApiSettings settings, AccessToken token, String openid, String content) throws DeliveryFailure {
        URI uri = URI.create(settings.apiBaseUrl() + "/cgi-bin/message/custom/send?access_token="
                + encode(token.value()));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("touser", openid);
        message.put("msgtype", "text");
        message.put("text", Map.of("content", content));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8));
        JsonNode answer = call(request, settings.timeout(), "customer-service message");
        JsonNode errcode = answer.path("errcode");
        if (!errcode.isNumber()) {
            throw DeliveryFailure.retryLater("WeChat's answer to the message has no errcode");
        }
        JsonNode msgid = answer.path("msgid");
        return new Answer(errcode.asInt(), answer.path("errmsg").asString(""),
                msgid.isNumber() || msgid.isString() ? msgid.asString() : null);
    }

    private JsonNode call(HttpRequest.Builder request, Duration timeout, String what) throws DeliveryFailure {
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(
                request.timeout(timeout).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            // The request timeout ends with the headers; this bounds reading the body as well.
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(what, timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(what, timeout);
            }
            throw DeliveryFailure.retryLater("could not reach WeChat for the " + what + " ("
                    + cause.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw DeliveryFailure.retryLater("interrupted while waiting for WeChat");
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw DeliveryFailure.retryLater("WeChat answered the " + what + " with HTTP " + status);
        }
        if (status < 200 || status > 299) {
            throw DeliveryFailure.permanent("WeChat answered the " + what + " with HTTP " + status
                    + ": check api-base-url");
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (answer != null && answer.isObject()) {
                return answer;
            }
        } catch (JacksonException e) {
            // reported below; the parser's message may quote the body, which can hold a token
        }
        throw DeliveryFailure.retryLater("WeChat answered the " + what + " with something other than a JSON object");
    }

    private static DeliveryFailure timedOut(String what, Duration timeout) {
        return DeliveryFailure.retryLater("WeChat did not answer the " + what + " within " + timeout.toMillis() + " ms");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
