package dev.crm.channel.wechat;

import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundReply;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A POST from Tencent: a follower's message or an event, plain or encrypted. Verified before
 * anything of the body is read; answered with a passive reply or {@code success}, the word
 * WeChat expects when there is nothing to say.
 */
final class MessagePush {

    private static final String SUCCESS = "success";

    private final SecureRandom random;

    MessagePush(SecureRandom random) {
        this.random = random;
    }

    InboundResult receive(InboundRequest request, ServerSettings settings, ChannelContext context)
            throws InboundRejectedException {
        ServerQuery query = ServerQuery.of(request);
        query.verify(settings.token(), context.clock());
        byte[] body = request.body();
        if (body.length > PushedXml.MAX_BYTES) {
            throw InboundRejectedException.malformed("a push of " + body.length + " bytes, more than " + PushedXml.MAX_BYTES);
        }
        MessageCipher cipher = query.encrypted() ? cipher(settings) : null;
        PushedXml push = cipher == null ? PushedXml.parse(body) : decrypt(body, query, settings, cipher);
        if (query.openid() != null && !query.openid().equals(push.required("FromUserName").strip())) {
            // The plain-mode signature does not cover the body; at least it must be from the signed follower.
            throw InboundRejectedException.unauthentic("the push is not from the openid in the signed URL");
        }
        Optional<InboundMessage> message = MessageReader.read(push, context.channelInstanceId());
        boolean answerText = message.isPresent() && "text".equals(push.required("MsgType").strip())
                && settings.autoReply() != null;
        InboundReply reply = answerText
                ? reply(push, settings, cipher, context.clock().instant())
                : InboundReply.text(SUCCESS);
        return new InboundResult(message.map(List::of).orElse(List.of()), List.of(), reply);
    }

    private static MessageCipher cipher(ServerSettings settings) throws InboundRejectedException {
        try {
            return settings.cipher();
        } catch (IllegalStateException e) {
            throw InboundRejectedException.unauthentic("cannot verify an encrypted push: " + e.getMessage());
        }
    }

    /** The envelope is parsed first because msg_signature covers its Encrypt element, not the raw body. */
    private static PushedXml decrypt(byte[] body, ServerQuery query, ServerSettings settings, MessageCipher cipher)
            throws InboundRejectedException {
        String encrypt = PushedXml.parse(body).required("Encrypt").strip();
        query.verifyMessageSignature(settings.token(), encrypt);
        return PushedXml.parse(cipher.decrypt(encrypt).getBytes(StandardCharsets.UTF_8));
    }

    private InboundReply reply(PushedXml push, ServerSettings settings, MessageCipher cipher, Instant now)
            throws InboundRejectedException {
        String xml = PassiveReply.text(push.required("FromUserName").strip(), push.required("ToUserName").strip(),
                now, settings.autoReply());
        if (cipher == null) {
            return InboundReply.xml(xml);
        }
        byte[] prefix = new byte[MessageCipher.RANDOM_BYTES];
        random.nextBytes(prefix);
        String encrypt = cipher.encrypt(xml, prefix);
        String timestamp = Long.toString(now.getEpochSecond());
        String nonce = Long.toString(1_000_000_000L + random.nextInt(1_000_000_000));
        return InboundReply.xml(PassiveReply.encrypted(encrypt, Signature.of(settings.token(), timestamp, nonce, encrypt),
                timestamp, nonce));
    }
}
