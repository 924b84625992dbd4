package dev.crm.complaint.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bearer token of a survey link: a random 128-bit id followed by its HMAC-SHA256 under the
 * server's survey key, base64url without padding (64 characters). A token that does not carry its
 * own valid signature is refused without a database lookup, so guessing costs nothing but the
 * guesser's time. The store keeps only {@link #lookupHash}, a keyed hash of the whole token: reading
 * the database does not yield working links.
 */
public final class SurveyToken {

    private static final int ID_BYTES = 16;
    private static final int SIGNATURE_BYTES = 32;
    private static final int TOKEN_LENGTH = 64;
    private static final String HMAC = "HmacSHA256";
    private static final byte[] LOOKUP = "survey-lookup:".getBytes(StandardCharsets.US_ASCII);

    private SurveyToken() {
    }

    public static String issue(byte[] key, SecureRandom random) {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        byte[] token = Arrays.copyOf(id, ID_BYTES + SIGNATURE_BYTES);
        System.arraycopy(hmac(key, id), 0, token, ID_BYTES, SIGNATURE_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Whether the token is well formed and signed with {@code key}; compared in constant time. */
    public static boolean isAuthentic(String token, byte[] key) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return false;
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        if (raw.length != ID_BYTES + SIGNATURE_BYTES) {
            return false;
        }
        byte[] expected = hmac(key, Arrays.copyOf(raw, ID_BYTES));
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(raw, ID_BYTES, raw.length));
    }

    /** What the store keeps to find the survey of a token: HMAC-SHA256 of the token, hex. */
    public static String lookupHash(String token, byte[] key) {
        byte[] text = token.getBytes(StandardCharsets.US_ASCII);
        byte[] labelled = Arrays.copyOf(LOOKUP, LOOKUP.length + text.length);
        System.arraycopy(text, 0, labelled, LOOKUP.length, text.length);
        return HexFormat.of().formatHex(hmac(key, labelled));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
