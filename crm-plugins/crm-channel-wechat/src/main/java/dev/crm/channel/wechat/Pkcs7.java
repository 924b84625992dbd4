package dev.crm.channel.wechat;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * PKCS#7 padding over 32-byte blocks, as WeChat's message encryption uses it (the standard's
 * 16-byte AES blocks would be the JDK's PKCS5Padding, which is why the cipher runs without padding).
 */
final class Pkcs7 {

    static final int BLOCK_SIZE = 32;

    private Pkcs7() {
    }

    /** {@code data} followed by 1 to 32 bytes, each holding the number of bytes added. */
    static byte[] pad(byte[] data) {
        int padding = BLOCK_SIZE - data.length % BLOCK_SIZE;
        byte[] padded = Arrays.copyOf(data, data.length + padding);
        Arrays.fill(padded, data.length, padded.length, (byte) padding);
        return padded;
    }

    /** The length of the data before padding, or empty when the padding is not valid. */
    static OptionalInt unpaddedLength(byte[] padded) {
        if (padded.length == 0) {
            return OptionalInt.empty();
        }
        int padding = padded[padded.length - 1] & 0xff;
        if (padding < 1 || padding > BLOCK_SIZE || padding > padded.length) {
            return OptionalInt.empty();
        }
        for (int i = padded.length - padding; i < padded.length; i++) {
            if ((padded[i] & 0xff) != padding) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(padded.length - padding);
    }
}
