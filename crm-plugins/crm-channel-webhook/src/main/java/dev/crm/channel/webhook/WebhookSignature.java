package dev.crm.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Webhook-Signature} of a request: {@code v1=} and the hex HMAC-SHA256 of
 * {@code id + "." + timestamp + "." + body}, keyed with the secret's UTF-8 bytes. Signing the id and
 * the timestamp with the body means neither can be swapped to slip a captured request past the
 * time window or the replay check.
 */
final class WebhookSignature {

    static final String VERSION = "v1=";

    /** A header may carry several signatures (one per secret while a secret is rotated). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private WebhookSignature() {
    }

    static String header(String secret, String id, String timestamp, byte[] body) {
        return VERSION + HexFormat.of().formatHex(mac(secret, id, timestamp, body));
    }

    /** Whether any {@code v1=} signature in {@code header} is this request's; compared in constant time. */
    static boolean matches(String header, String secret, String id, String timestamp, byte[] body) {
        byte[] expected = mac(secret, id, timestamp, body);
        boolean matched = false;
        for (String candidate : SEPARATORS.split(header.trim())) {
            if (!candidate.startsWith(VERSION)) {
                continue;
            }
            byte[] given;
            try {
                given = HexFormat.of().parseHex(candidate.substring(VERSION.length()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // No early exit: every candidate costs the same whether or not an earlier one matched.
            matched |= MessageDigest.isEqual(expected, given);
        }
        return matched;
    }

    private static byte[] mac(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java runtime has HmacSHA256; reaching this means a broken JDK.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
