package dev.crm.plugin.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the host answers the provider with, when the channel's protocol needs a particular answer:
 * a handshake echo (WeChat's {@code echostr}), a passive reply in the provider's XML, or the
 * {@code success} text some providers expect. Without one the host answers {@code 204 No Content}.
 *
 * @param status      the HTTP status, 200–299: a rejection is an {@link InboundRejectedException}
 * @param contentType the media type of {@code body}, e.g. {@code text/plain;charset=UTF-8}; required
 *                    when {@code body} is not empty
 * @param body        the bytes to answer with; empty, never {@code null}. Accessing it returns a copy.
 */
public record InboundReply(int status, String contentType, byte[] body) {

    public InboundReply {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("a reply must be a 2xx status: " + status);
        }
        body = body == null ? new byte[0] : body.clone();
        contentType = contentType == null || contentType.isBlank() ? null : contentType;
        if (body.length > 0 && contentType == null) {
            throw new IllegalArgumentException("a reply with a body needs a content type");
        }
    }

    /** {@code 200} with a UTF-8 text body. */
    public static InboundReply text(String text) {
        return new InboundReply(200, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code 200} with a UTF-8 XML body. */
    public static InboundReply xml(String xml) {
        return new InboundReply(200, "application/xml;charset=UTF-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code 200} with a UTF-8 JSON body. */
    public static InboundReply json(String json) {
        return new InboundReply(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy: nothing a caller does with the array changes the reply. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundReply other && status == other.status
                && Objects.equals(contentType, other.contentType) && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "InboundReply[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
