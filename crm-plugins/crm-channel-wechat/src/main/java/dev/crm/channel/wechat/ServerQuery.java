package dev.crm.channel.wechat;

import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The query parameters Tencent puts on every call to the server URL.
 *
 * @param signature    SHA-1 of the sorted [token, timestamp, nonce]
 * @param timestamp    Unix seconds, as sent
 * @param nonce        Tencent's random number
 * @param echostr      the handshake's challenge; {@code null} on pushes
 * @param openid       the follower a push is from; {@code null} on the handshake
 * @param encryptType  {@code aes} in encrypted mode, {@code raw} or {@code null} otherwise
 * @param msgSignature in encrypted mode, SHA-1 of the sorted [token, timestamp, nonce, Encrypt]
 */
record ServerQuery(String signature, String timestamp, String nonce, String echostr, String openid,
                   String encryptType, String msgSignature) {

    /** How far a request's timestamp may be from the clock before it counts as replayed. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(300);

    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}");

    static ServerQuery of(InboundRequest request) {
        return new ServerQuery(param(request, "signature"), param(request, "timestamp"), param(request, "nonce"),
                param(request, "echostr"), param(request, "openid"), param(request, "encrypt_type"),
                param(request, "msg_signature"));
    }

    /**
     * Checks that the request comes from someone who knows the token, and recently.
     *
     * @throws InboundRejectedException UNAUTHENTIC when the signature is missing or wrong or the
     *         timestamp is more than {@link #MAX_CLOCK_SKEW} away from {@code clock}
     */
    void verify(String token, Clock clock) throws InboundRejectedException {
        if (signature == null || timestamp == null || nonce == null) {
            throw InboundRejectedException.unauthentic("signature, timestamp or nonce is missing");
        }
        if (!Signature.matches(Signature.of(token, timestamp, nonce), signature)) {
            throw InboundRejectedException.unauthentic("signature does not match the token");
        }
        requireFresh(clock);
    }

    /**
     * In encrypted mode the body is signed too; without this check a captured URL could carry any body.
     *
     * @throws InboundRejectedException UNAUTHENTIC when msg_signature is missing or wrong
     */
    void verifyMessageSignature(String token, String encrypt) throws InboundRejectedException {
        if (msgSignature == null) {
            throw InboundRejectedException.unauthentic("msg_signature is missing in encrypted mode");
        }
        if (!Signature.matches(Signature.of(token, timestamp, nonce, encrypt), msgSignature)) {
            throw InboundRejectedException.unauthentic("msg_signature does not match the token and the Encrypt element");
        }
    }

    /** @throws InboundRejectedException MALFORMED for an encrypt_type other than raw or aes */
    boolean encrypted() throws InboundRejectedException {
        if (encryptType == null || "raw".equals(encryptType)) {
            return false;
        }
        if ("aes".equals(encryptType)) {
            return true;
        }
        throw InboundRejectedException.malformed("unknown encrypt_type");
    }

    private void requireFresh(Clock clock) throws InboundRejectedException {
        if (!SECONDS.matcher(timestamp).matches()) {
            throw InboundRejectedException.unauthentic("timestamp is not a number of seconds");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs();
        if (skew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw InboundRejectedException.unauthentic("timestamp is " + skew.toSeconds()
                    + " s away from the clock (at most " + MAX_CLOCK_SKEW.toSeconds() + " s allowed): replayed or clock skew");
        }
    }

    private static String param(InboundRequest request, String name) {
        return request.queryParameter(name).filter(value -> !value.isBlank()).orElse(null);
    }
}
