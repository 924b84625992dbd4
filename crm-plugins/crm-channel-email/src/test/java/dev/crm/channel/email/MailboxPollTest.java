package dev.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.crm.plugin.api.Attachment;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.Sender;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailboxPollTest {

    private static final String PASSWORD = "imap-secret";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("support@crm.test", "support", PASSWORD));

    private final EmailChannel channel = new EmailChannel();

    private static TestChannelContext context() {
        return new TestChannelContext("email-support", Map.of(
                "imap-host", greenMail.getImap().getBindTo(),
                "imap-port", Integer.toString(greenMail.getImap().getPort()),
                "imap-security", "none",
                "imap-username", "support",
                "imap-password", PASSWORD,
                "timeout-ms", "5000"));
    }

    private static void deliver(String rawMail) {
        GreenMailUser support = greenMail.getUserManager().getUser("support");
        support.deliver(GreenMailUtil.newMimeMessage(rawMail));
    }

    /** Counted by a separate IMAP client; STATUS does not change any flag. */
    private static int unseenIn(String folderName) throws MessagingException {
        try (Store store = testClient()) {
            Folder folder = store.getFolder(folderName);
            return folder.getUnreadMessageCount();
        }
    }

    private static Store testClient() throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.host", greenMail.getImap().getBindTo());
        properties.setProperty("mail.imap.port", Integer.toString(greenMail.getImap().getPort()));
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("support", PASSWORD);
        return store;
    }

    @Test
    void returnsUnseenMailWithThreadSenderTextReferencesAndAttachments() {
        deliver(RawMails.replyWithHistoryAndPhoto());
        deliver(RawMails.newComplaint("<new-1@example.com>", "Broken parcel"));

        List<InboundMessage> messages = channel.poll(context()).messages();

        assertThat(messages).hasSize(2);
        InboundMessage reply = messages.get(0);
        assertThat(reply.channelId()).isEqualTo("email-support");
        assertThat(reply.externalMessageId()).isEqualTo("<reply-1@example.com>");
        assertThat(reply.threadId()).isEqualTo("<first-mail@example.com>");
        assertThat(reply.sender()).isEqualTo(new Sender(Sender.Kind.EMAIL, "li.wei@example.com", "Li Wei"));
        assertThat(reply.subject()).isEqualTo("Re: [C-2026-000123] We have received your complaint");
        assertThat(reply.text()).isEqualTo(
                "The kettle still does not heat. It is like C-2026-000124 of my neighbour \u2014 please call.");
        assertThat(reply.references()).containsExactly("C-2026-000123", "C-2026-000124");
        assertThat(reply.receivedAt()).isEqualTo(Instant.parse("2026-11-23T09:30:00Z"));
        assertThat(reply.attachments()).containsExactly(
                new Attachment("kettle.jpg", "image/jpeg", RawMails.PHOTO.length, null));

        InboundMessage complaint = messages.get(1);
        assertThat(complaint.threadId()).isEqualTo("<new-1@example.com>");
        assertThat(complaint.sender()).isEqualTo(new Sender(Sender.Kind.EMAIL, "zhang.min@example.com", "Zhang, Min"));
        assertThat(complaint.text()).isEqualTo("My order arrived broken.");
        assertThat(complaint.references()).isEmpty();
        assertThat(complaint.receivedAt()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    }

    @Test
    void mailStaysUnseenUntilConfirmedAndIsNotPolledAfterwards() throws MessagingException {
        deliver(RawMails.newComplaint("<new-2@example.com>", "Broken parcel"));
        TestChannelContext context = context();

        List<InboundMessage> first = channel.poll(context).messages();
        List<InboundMessage> again = channel.poll(context).messages();

        assertThat(first).extracting(InboundMessage::externalMessageId).containsExactly("<new-2@example.com>");
        assertThat(again).isEqualTo(first);
        assertThat(unseenIn("INBOX")).isEqualTo(1);

        channel.confirmPolled(first, context);

        assertThat(unseenIn("INBOX")).isZero();
        assertThat(channel.poll(context).messages()).isEmpty();
    }

    @Test
    void confirmsByMessageIdWhenTheUidsOfThePollAreNotKnown() throws MessagingException {
        deliver(RawMails.newComplaint("<new-3@example.com>", "Broken parcel"));
        deliver(RawMails.newComplaint("<new-4@example.com>", "Late delivery"));
        List<InboundMessage> polled = channel.poll(context()).messages();

        // Another node, or this one after a restart: nothing cached.
        new EmailChannel().confirmPolled(polled.subList(0, 1), context());

        assertThat(unseenIn("INBOX")).isEqualTo(1);
        assertThat(channel.poll(context()).messages()).extracting(InboundMessage::externalMessageId)
                .containsExactly("<new-4@example.com>");
    }

    @Test
    void takesAtMostOneHundredMessagesPerPollOldestFirst() {
        IntStream.rangeClosed(1, 105).forEach(i -> deliver(RawMails.newComplaint("<bulk-" + i + "@example.com>", "Bulk " + i)));
        TestChannelContext context = context();

        List<InboundMessage> firstPoll = channel.poll(context).messages();
        channel.confirmPolled(firstPoll, context);
        List<InboundMessage> secondPoll = channel.poll(context).messages();

        assertThat(firstPoll).hasSize(MailboxPoller.MAX_MESSAGES_PER_POLL);
        assertThat(firstPoll.get(0).externalMessageId()).isEqualTo("<bulk-1@example.com>");
        assertThat(secondPoll).extracting(InboundMessage::externalMessageId)
                .containsExactly("<bulk-101@example.com>", "<bulk-102@example.com>", "<bulk-103@example.com>",
                        "<bulk-104@example.com>", "<bulk-105@example.com>");
    }

    @Test
    void anUnreadableMailIsSkippedAndLeftUnseenWithoutBlockingTheRest() throws MessagingException {
        deliver(RawMails.withoutFrom());
        deliver(RawMails.newComplaint("<new-5@example.com>", "Broken parcel"));
        TestChannelContext context = context();

        List<InboundMessage> messages = channel.poll(context).messages();
        channel.confirmPolled(messages, context);

        assertThat(messages).extracting(InboundMessage::externalMessageId).containsExactly("<new-5@example.com>");
        assertThat(context.logLines()).anyMatch(line -> line.startsWith("WARNING") && line.contains("no From address"));
        assertThat(unseenIn("INBOX")).isEqualTo(1);
    }

    @Test
    void pollsTheConfiguredFolder() throws MessagingException {
        try (Store store = testClient()) {
            Folder complaints = store.getFolder("Complaints");
            complaints.create(Folder.HOLDS_MESSAGES);
            complaints.appendMessages(new Message[] {
                    GreenMailUtil.newMimeMessage(RawMails.newComplaint("<filed-1@example.com>", "Filed"))});
        }
        deliver(RawMails.newComplaint("<inbox-1@example.com>", "In the inbox"));

        InboundResult result = channel.poll(context().with("imap-folder", "Complaints"));

        assertThat(result.messages()).extracting(InboundMessage::externalMessageId).containsExactly("<filed-1@example.com>");
    }

    @Test
    void aWrongPasswordLogsAWarningWithoutThePasswordAndReturnsNothing() {
        deliver(RawMails.newComplaint("<new-6@example.com>", "Broken parcel"));
        TestChannelContext context = context().with("imap-password", "wrong-imap-password");

        InboundResult result = channel.poll(context);

        assertThat(result).isEqualTo(InboundResult.empty());
        assertThat(context.logLines()).containsExactly("WARNING IMAP poll failed: IMAP authentication failed");
    }

    @Test
    void anUnreachableServerLogsAWarningAndReturnsNothing() {
        TestChannelContext context = context().with("imap-port", "1").with("timeout-ms", "500");

        assertThat(channel.poll(context)).isEqualTo(InboundResult.empty());
        assertThat(context.logLines()).singleElement().asString().startsWith("WARNING IMAP poll failed")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aMissingSettingNamesTheKey() {
        TestChannelContext context = context().without("imap-password");

        assertThat(channel.poll(context)).isEqualTo(InboundResult.empty());
        assertThat(context.logLines()).singleElement().asString().contains("'imap-password'");
    }

    @Test
    void anInstanceWithoutImapHostHasNothingToPollAndSaysNothing() {
        deliver(RawMails.newComplaint("<new-7@example.com>", "Broken parcel"));
        TestChannelContext webhookOnly = new TestChannelContext("email", Map.of("inbound-token", "t"));

        assertThat(channel.poll(webhookOnly)).isEqualTo(InboundResult.empty());
        assertThat(webhookOnly.logLines()).isEmpty();
    }

    @Test
    void pollsWithItsOwnJakartaMailWhenTheCallingThreadSeesTheHostsCopy() throws Exception {
        deliver(RawMails.newComplaint("<new-8@example.com>", "Broken parcel"));

        HostClassLoader.Outcome<InboundResult> outcome = HostClassLoader.call(() -> channel.poll(context()));

        assertThat(outcome.value().messages()).extracting(InboundMessage::externalMessageId)
                .containsExactly("<new-8@example.com>");
        assertThat(outcome.contextClassLoaderAfterwards()).isSameAs(outcome.hostLoader());
    }
}
