package dev.crm.channel.wechat;

import dev.crm.plugin.api.InboundRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Tencent's servers do, written from the protocol description without the channel's classes:
 * sign calls to the server URL, encrypt pushes and decrypt replies. Tests that compare the channel
 * with this therefore compare two independent implementations.
 */
final class TencentSide {

    static final String PATH = "/api/v1/channels/wechat/inbound";

    private TencentSide() {
    }

    /** SHA-1 in lower-case hex of the parts sorted and joined. */
    static String sign(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static InboundRequest handshake(String token, long timestamp, String nonce, String echostr) {
        String ts = Long.toString(timestamp);
        return request("GET", query("signature", sign(token, ts, nonce), "timestamp", ts, "nonce", nonce,
                "echostr", echostr), new byte[0]);
    }

    /** A plain-mode push, signed as Tencent signs it (the signature does not cover the body). */
    static InboundRequest push(String token, long timestamp, String nonce, String openid, byte[] body) {
        String ts = Long.toString(timestamp);
        return request("POST", query("signature", sign(token, ts, nonce), "timestamp", ts, "nonce", nonce,
                "openid", openid), body);
    }

    /** An encrypted-mode push: the envelope carries {@code encrypt}, which msg_signature covers. */
    static InboundRequest encryptedPush(String token, long timestamp, String nonce, String openid, String encrypt) {
        String ts = Long.toString(timestamp);
        String envelope = "<xml><ToUserName><![CDATA[gh_3f2a9c7b1d04]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
        return request("POST", query("signature", sign(token, ts, nonce), "timestamp", ts, "nonce", nonce,
                "openid", openid, "encrypt_type", "aes", "msg_signature", sign(token, ts, nonce, encrypt)),
                envelope.getBytes(StandardCharsets.UTF_8));
    }

    static InboundRequest request(String method, Map<String, List<String>> query, byte[] body) {
        return new InboundRequest(method, PATH, Map.of("Content-Type", List.of("text/xml")), query, body, "127.0.0.1");
    }

    static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return query;
    }

    /** A recorded payload from src/test/resources/samples. */
    static byte[] sample(String name) {
        try (InputStream in = TencentSide.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encrypts as Tencent does: random(16) + length(4, big-endian) + xml + appid, PKCS#7 to 32 bytes, AES-256-CBC. */
    static String encrypt(String encodingAesKey, String appId, byte[] random16, String xml) {
        byte[] message = xml.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int length = 16 + 4 + message.length + app.length;
        int pad = 32 - length % 32;
        ByteBuffer plain = ByteBuffer.allocate(length + pad);
        plain.put(random16).putInt(message.length).put(message).put(app);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, encodingAesKey, plain.array()));
    }

    record Decrypted(String xml, String appId) {
    }

    /** Decrypts as Tencent does, to read what the channel encrypted. */
    static Decrypted decrypt(String encodingAesKey, String encrypted) {
        byte[] plain = aes(Cipher.DECRYPT_MODE, encodingAesKey, Base64.getDecoder().decode(encrypted));
        int pad = plain[plain.length - 1];
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        String xml = new String(plain, 20, length, StandardCharsets.UTF_8);
        String appId = new String(plain, 20 + length, plain.length - pad - 20 - length, StandardCharsets.UTF_8);
        return new Decrypted(xml, appId);
    }

    private static byte[] aes(int mode, String encodingAesKey, byte[] input) {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
