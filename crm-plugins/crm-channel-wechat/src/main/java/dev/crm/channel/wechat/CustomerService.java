package dev.crm.channel.wechat;

import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.OutboundMessage;

/**
 * Sends customer-service messages (客服消息): free text to a follower who wrote to the account
 * in the last 48 hours. WeChat's API has no idempotency key, so a retry after a lost answer can
 * reach the follower twice.
 */
final class CustomerService {

    private static final int ERRMSG_LIMIT = 120;

    private final WeixinApi api;
    private final AccessTokens tokens;

    CustomerService(WeixinApi api, AccessTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    DeliveryResult send(OutboundMessage message, ApiSettings settings, ChannelContext context) {
        String content = message.subject() == null ? message.body() : message.subject() + "\n" + message.body();
        if (content.isBlank()) {
            return DeliveryResult.permanentFailure("the message has no text, and WeChat sends no empty messages");
        }
        String instance = context.channelInstanceId();
        try {
            AccessToken token = tokens.current(instance, settings, context.clock(), api::fetchToken);
            WeixinApi.Answer answer = api.sendText(settings, token, message.recipient(), content);
            if (answer.rejectsToken()) {
                // Expired early, or another system fetched a token for the same app: one fresh token, one more try.
                context.logger().log(System.Logger.Level.INFO,
                        "WeChat rejected the cached access token (errcode {0}); fetching a new one", answer.errcode());
                tokens.discard(instance, token);
                token = tokens.current(instance, settings, context.clock(), api::fetchToken);
                answer = api.sendText(settings, token, message.recipient(), content);
                if (answer.rejectsToken()) {
                    return DeliveryResult.retryLater("WeChat rejected a freshly fetched access token too (errcode "
                            + answer.errcode() + "); is another system fetching tokens for the same app?");
                }
            }
            DeliveryResult result = outcome(answer);
            if (!(result instanceof DeliveryResult.Delivered)) {
                context.logger().log(System.Logger.Level.WARNING, "WeChat did not deliver {0}: errcode {1}",
                        message.messageId(), answer.errcode());
            }
            return result;
        } catch (DeliveryFailure failure) {
            context.logger().log(System.Logger.Level.WARNING, "WeChat did not deliver {0}: {1}",
                    message.messageId(), failure.getMessage());
            return failure.result();
        }
    }

    /** What an {@code errcode} of the send API means for the message. */
    static DeliveryResult outcome(WeixinApi.Answer answer) {
        return switch (answer.errcode()) {
            case 0 -> DeliveryResult.delivered(answer.msgid());
            case -1 -> DeliveryResult.retryLater("WeChat is busy (errcode -1)");
            case 45009 -> DeliveryResult.retryLater("the official account's daily API quota is used up (errcode 45009)");
            case 45011 -> DeliveryResult.retryLater("WeChat asks to call its API less often (errcode 45011)");
            case 45015 -> DeliveryResult.permanentFailure("the follower has not written to the account in the last "
                    + "48 hours, so WeChat accepts no customer-service message (errcode 45015)");
            case 40003 -> DeliveryResult.permanentFailure(
                    "the recipient is not an openid of this official account (errcode 40003)");
            case 45047 -> DeliveryResult.permanentFailure("WeChat accepts no more customer-service messages to "
                    + "this follower until they write again (errcode 45047)");
            default -> DeliveryResult.permanentFailure("WeChat refused the message (errcode " + answer.errcode()
                    + errmsg(answer) + ")");
        };
    }

    private static String errmsg(WeixinApi.Answer answer) {
        String errmsg = answer.errmsg().strip();
        if (errmsg.isEmpty()) {
            return "";
        }
        return ": " + (errmsg.length() > ERRMSG_LIMIT ? errmsg.substring(0, ERRMSG_LIMIT) + "…" : errmsg);
    }
}
