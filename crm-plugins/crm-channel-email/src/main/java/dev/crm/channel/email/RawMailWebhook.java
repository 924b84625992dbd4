package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Takes mail that an inbound-parse service POSTs as raw RFC 822, authenticated by a shared token
 * in the {@code X-Inbound-Token} header.
 */
final class RawMailWebhook {

    static final String TOKEN_HEADER = "X-Inbound-Token";

    private static final Set<String> RAW_MAIL_TYPES = Set.of("message/rfc822", "application/octet-stream");

    private final Rfc822Parser parser;

    RawMailWebhook(Rfc822Parser parser) {
        this.parser = parser;
    }

    InboundResult receive(InboundRequest request, ChannelContext context) throws InboundRejectedException {
        if (!request.method().equalsIgnoreCase("POST")) {
            throw InboundRejectedException.malformed("mail is POSTed; got " + request.method());
        }
        verify(request, context);
        requireRawMail(request);
        return InboundResult.of(List.of(parser.parse(request.body(), context)));
    }

    private static void verify(InboundRequest request, ChannelContext context) throws InboundRejectedException {
        // Without a configured token no request can be told from a forgery, so none is accepted.
        String expected = context.optionalSetting("inbound-token").orElseThrow(() -> InboundRejectedException
                .unauthentic("channel " + context.channelInstanceId() + " has no inbound-token setting"));
        String presented = request.header(TOKEN_HEADER)
                .orElseThrow(() -> InboundRejectedException.unauthentic("no " + TOKEN_HEADER + " header"));
        // Digests first: isEqual is constant-time for equal lengths only, so compare fixed-length values.
        if (!MessageDigest.isEqual(sha256(expected), sha256(presented))) {
            throw InboundRejectedException.unauthentic(TOKEN_HEADER + " does not match");
        }
    }

    private static void requireRawMail(InboundRequest request) throws InboundRejectedException {
        String contentType = request.header("Content-Type").orElse(null);
        if (contentType == null) {
            return;
        }
        String baseType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!RAW_MAIL_TYPES.contains(baseType)) {
            throw InboundRejectedException.malformed("expected message/rfc822, got " + baseType);
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
