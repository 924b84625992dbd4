package dev.crm.channel.wechat;

import dev.crm.plugin.api.InboundRejectedException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's message encryption (消息加解密, encrypted mode): AES-256-CBC with the key
 * Base64(EncodingAESKey + "="), the key's first 16 bytes as IV, 32-byte PKCS#7 padding, over
 * 16 random bytes + the message length (4 bytes, big-endian) + the XML message + the AppID.
 */
final class MessageCipher {

    static final int RANDOM_BYTES = 16;

    private static final Pattern ENCODING_AES_KEY = Pattern.compile("[A-Za-z0-9+/]{43}");
    private static final int LENGTH_BYTES = 4;

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final String appId;

    /** @throws IllegalArgumentException when the key is not 43 Base64 characters */
    MessageCipher(String encodingAesKey, String appId) {
        if (!ENCODING_AES_KEY.matcher(encodingAesKey).matches()) {
            throw new IllegalArgumentException("an EncodingAESKey has 43 Base64 characters");
        }
        byte[] aesKey = Base64.getDecoder().decode(encodingAesKey + "=");
        this.key = new SecretKeySpec(aesKey, "AES");
        this.iv = new IvParameterSpec(aesKey, 0, 16);
        this.appId = appId;
    }

    /**
     * @param randomPrefix the 16 random bytes that make equal messages encrypt differently
     * @return the Base64 ciphertext, as it goes into an {@code <Encrypt>} element
     */
    String encrypt(String xml, byte[] randomPrefix) {
        if (randomPrefix.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("the random prefix has " + RANDOM_BYTES + " bytes");
        }
        byte[] message = xml.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer plain = ByteBuffer.allocate(RANDOM_BYTES + LENGTH_BYTES + message.length + app.length)
                .put(randomPrefix).putInt(message.length).put(message).put(app);
        return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, Pkcs7.pad(plain.array())));
    }

    /**
     * @return the XML message inside the ciphertext
     * @throws InboundRejectedException MALFORMED when it does not decrypt to WeChat's layout,
     *         UNAUTHENTIC when it was encrypted for another AppID
     */
    String decrypt(String encrypted) throws InboundRejectedException {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(encrypted.strip());
        } catch (IllegalArgumentException e) {
            throw InboundRejectedException.malformed("<Encrypt> is not Base64");
        }
        if (cipherText.length == 0 || cipherText.length % 16 != 0) {
            throw InboundRejectedException.malformed("<Encrypt> is not a whole number of AES blocks");
        }
        byte[] padded = run(Cipher.DECRYPT_MODE, cipherText);
        int length = Pkcs7.unpaddedLength(padded).orElseThrow(() -> InboundRejectedException.malformed(
                "<Encrypt> has no valid padding: another EncodingAESKey, or damaged"));
        if (length < RANDOM_BYTES + LENGTH_BYTES) {
            throw InboundRejectedException.malformed("<Encrypt> is too short for a message");
        }
        int messageLength = ByteBuffer.wrap(padded, RANDOM_BYTES, LENGTH_BYTES).getInt();
        int messageStart = RANDOM_BYTES + LENGTH_BYTES;
        if (messageLength < 0 || messageLength > length - messageStart) {
            throw InboundRejectedException.malformed("<Encrypt> declares a message longer than itself");
        }
        byte[] sentTo = Arrays.copyOfRange(padded, messageStart + messageLength, length);
        if (!MessageDigest.isEqual(appId.getBytes(StandardCharsets.UTF_8), sentTo)) {
            throw InboundRejectedException.unauthentic("the encrypted message is for another AppID");
        }
        return new String(padded, messageStart, messageLength, StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Input lengths are checked above, so only a JDK without AES-256 gets here.
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
    }
}
