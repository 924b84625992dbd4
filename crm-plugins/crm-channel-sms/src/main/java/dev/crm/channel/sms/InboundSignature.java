package dev.crm.channel.sms;

import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The gateway's proof that a callback is its own and fresh: {@code X-Signature} is the hex
 * HMAC-SHA256 of {@code X-Timestamp + "." + body}, keyed with the shared {@code inbound-secret}, and
 * {@code X-Timestamp} (unix seconds) is within {@link #TOLERANCE} of now. Signing the timestamp
 * means a captured callback cannot be replayed once the window has passed.
 */
final class InboundSignature {

    static final Duration TOLERANCE = Duration.ofSeconds(300);

    private InboundSignature() {
    }

    static void verify(String secret, InboundRequest request, byte[] body, Instant now)
            throws InboundRejectedException {
        String timestamp = request.header("X-Timestamp")
                .orElseThrow(() -> InboundRejectedException.unauthentic("no X-Timestamp header"));
        String signature = request.header("X-Signature")
                .orElseThrow(() -> InboundRejectedException.unauthentic("no X-Signature header"));
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw InboundRejectedException.unauthentic("X-Timestamp is not unix seconds");
        }
        long nowSeconds = now.getEpochSecond();
        // Compared without subtracting, so an absurd timestamp cannot overflow into the window.
        if (seconds < nowSeconds - TOLERANCE.toSeconds() || seconds > nowSeconds + TOLERANCE.toSeconds()) {
            throw InboundRejectedException.unauthentic(
                    "X-Timestamp is more than " + TOLERANCE.toSeconds() + " s from now: stale or replayed");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.trim());
        } catch (IllegalArgumentException e) {
            throw InboundRejectedException.unauthentic("X-Signature is not hex");
        }
        // Constant time, so the signature cannot be found byte by byte from response timings.
        if (!MessageDigest.isEqual(sign(secret, timestamp, body), given)) {
            throw InboundRejectedException.unauthentic("X-Signature does not match");
        }
    }

    /** The signature of {@code timestamp.body}, over the timestamp exactly as sent. */
    static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java runtime has HmacSHA256; reaching this means a broken JDK.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
