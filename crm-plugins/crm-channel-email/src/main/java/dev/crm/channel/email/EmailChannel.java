package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.OutboundMessage;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The e-mail channel: sends through SMTP with a stable Message-ID and reply threading, and takes
 * customers' mail from an IMAP folder (polled) or from an inbound-parse service (webhook).
 *
 * <p>Every call runs with the plugin's class loader as the thread's context class loader, which
 * Jakarta Mail needs to find its providers (see {@link PluginClassLoaderScope}).
 */
@Extension
public class EmailChannel implements ChannelAdapter {

    private static final ChannelDescriptor DESCRIPTOR = new ChannelDescriptor("email", "E-mail",
            Set.of(ChannelCapability.SEND, ChannelCapability.RECEIVE, ChannelCapability.POLL));

    private final SmtpSender smtpSender = new SmtpSender();
    private final Rfc822Parser parser = new Rfc822Parser();
    private final RawMailWebhook webhook = new RawMailWebhook(parser);
    // Holds the only state: the UIDs of the last poll, keyed by channel instance.
    private final MailboxPoller mailboxPoller = new MailboxPoller(parser);

    public EmailChannel() {
    }

    @Override
    public ChannelDescriptor describe() {
        return DESCRIPTOR;
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        try (PluginClassLoaderScope scope = PluginClassLoaderScope.enter()) {
            return smtpSender.send(message, context);
        }
    }

    @Override
    public InboundResult receive(InboundRequest request, ChannelContext context) throws InboundRejectedException {
        try (PluginClassLoaderScope scope = PluginClassLoaderScope.enter()) {
            return webhook.receive(request, context);
        }
    }

    @Override
    public InboundResult poll(ChannelContext context) {
        try (PluginClassLoaderScope scope = PluginClassLoaderScope.enter()) {
            return mailboxPoller.poll(context);
        }
    }

    @Override
    public void confirmPolled(List<InboundMessage> stored, ChannelContext context) {
        try (PluginClassLoaderScope scope = PluginClassLoaderScope.enter()) {
            mailboxPoller.confirm(stored, context);
        }
    }
}
