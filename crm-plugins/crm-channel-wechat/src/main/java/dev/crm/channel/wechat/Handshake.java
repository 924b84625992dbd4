package dev.crm.channel.wechat;

import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundReply;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import java.time.Clock;

/**
 * The URL verification Tencent runs when the server configuration is saved: a signed GET whose
 * {@code echostr} must come back verbatim. It gets the same replay window as pushes, so a CRM clock
 * that is off shows up when the account is configured, not later as silently refused messages.
 * For official accounts the echostr is plain text in encrypted mode too.
 */
final class Handshake {

    private Handshake() {
    }

    static InboundResult answer(InboundRequest request, ServerSettings settings, Clock clock)
            throws InboundRejectedException {
        ServerQuery query = ServerQuery.of(request);
        query.verify(settings.token(), clock);
        if (query.echostr() == null) {
            throw InboundRejectedException.malformed("a signed GET without echostr");
        }
        return InboundResult.reply(InboundReply.text(query.echostr()));
    }
}
