package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.MessageIDTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Fetches the unseen mail of an IMAP folder, and flags it {@code \Seen} once the host has stored it.
 *
 * <p>A mailbox that cannot be reached is logged and reported as empty rather than thrown: the host
 * polls again at the next interval anyway, and its own log then says why nothing arrived.
 */
final class MailboxPoller {

    static final int MAX_MESSAGES_PER_POLL = 100;

    private final Rfc822Parser parser;
    private final ConcurrentMap<String, PolledUids> polledByInstance = new ConcurrentHashMap<>();

    MailboxPoller(Rfc822Parser parser) {
        this.parser = parser;
    }

    InboundResult poll(ChannelContext context) {
        if (context.optionalSetting("imap-host").isEmpty()) {
            // A webhook-only instance: nothing to poll, and nothing wrong.
            return InboundResult.empty();
        }
        try {
            Mailbox mailbox = Mailbox.open(context);
            try {
                return InboundResult.of(fetchUnseen(mailbox.folder, context));
            } finally {
                mailbox.close();
            }
        } catch (IllegalStateException e) {
            // A missing or invalid setting; the message names the key, never the value.
            context.logger().log(Level.WARNING, "IMAP poll skipped: {0}", e.getMessage());
        } catch (AuthenticationFailedException e) {
            context.logger().log(Level.WARNING, "IMAP poll failed: IMAP authentication failed");
        } catch (MessagingException e) {
            context.logger().log(Level.WARNING, "IMAP poll failed: {0}", describe(e));
        } catch (RuntimeException e) {
            context.logger().log(Level.WARNING, "IMAP poll failed: unexpected {0}", e.getClass().getName());
        }
        return InboundResult.empty();
    }

    void confirm(List<InboundMessage> stored, ChannelContext context) {
        if (stored.isEmpty() || context.optionalSetting("imap-host").isEmpty()) {
            return;
        }
        try {
            Mailbox mailbox = Mailbox.open(context);
            try {
                flagSeen(stored, mailbox.folder, context);
            } finally {
                mailbox.close();
            }
        } catch (IllegalStateException e) {
            context.logger().log(Level.WARNING, "IMAP confirm skipped: {0}", e.getMessage());
        } catch (AuthenticationFailedException e) {
            context.logger().log(Level.WARNING, "IMAP confirm failed: IMAP authentication failed");
        } catch (MessagingException e) {
            // The messages are polled (and ignored by the host) again; no harm but the work.
            context.logger().log(Level.WARNING, "IMAP confirm failed: {0}", describe(e));
        } catch (RuntimeException e) {
            context.logger().log(Level.WARNING, "IMAP confirm failed: unexpected {0}", e.getClass().getName());
        }
    }

    private List<InboundMessage> fetchUnseen(Folder folder, ChannelContext context) throws MessagingException {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        UIDFolder uidFolder = (UIDFolder) folder;
        List<InboundMessage> messages = new ArrayList<>();
        Map<String, Long> uidsByMessageId = new LinkedHashMap<>();
        // Oldest first, in batches, until the poll is full: skipped mail does not take a place.
        int next = 0;
        while (messages.size() < MAX_MESSAGES_PER_POLL && next < unseen.length) {
            Message[] batch = Arrays.copyOfRange(unseen, next,
                    Math.min(unseen.length, next + MAX_MESSAGES_PER_POLL - messages.size()));
            next += batch.length;
            // UIDs and whole messages in one FETCH, not several round trips per message.
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
            folder.fetch(batch, profile);
            for (Message message : batch) {
                long uid = uidFolder.getUID(message);
                try {
                    InboundMessage parsed = parser.parse(rawBytes(message), context);
                    messages.add(parsed);
                    uidsByMessageId.put(parsed.externalMessageId(), uid);
                } catch (InboundRejectedException e) {
                    // Left unseen for a person to look at in a mail client.
                    context.logger().log(Level.WARNING, "IMAP message UID {0} skipped: {1}", Long.toString(uid), e.getMessage());
                }
            }
        }
        polledByInstance.put(context.channelInstanceId(), new PolledUids(uidFolder.getUIDValidity(), uidsByMessageId));
        return messages;
    }

    private void flagSeen(List<InboundMessage> stored, Folder folder, ChannelContext context) throws MessagingException {
        UIDFolder uidFolder = (UIDFolder) folder;
        long uidValidity = uidFolder.getUIDValidity();
        PolledUids polled = polledByInstance.get(context.channelInstanceId());
        List<Long> uids = new ArrayList<>();
        List<Message> toFlag = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        for (InboundMessage message : stored) {
            String id = message.externalMessageId();
            Long uid = polled == null ? null : polled.uidOf(id, uidValidity);
            if (uid != null) {
                uids.add(uid);
            } else if (id.startsWith("<")) {
                // Polled before a restart (or the folder was rebuilt): find it by its Message-ID.
                toFlag.addAll(List.of(folder.search(new MessageIDTerm(id))));
            }
            confirmed.add(id);
        }
        // One UID FETCH for all, not one round trip per message.
        for (Message byUid : uidFolder.getMessagesByUID(uids.stream().mapToLong(Long::longValue).toArray())) {
            if (byUid != null) {
                toFlag.add(byUid);
            }
        }
        if (!toFlag.isEmpty()) {
            folder.setFlags(toFlag.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
        }
        polledByInstance.computeIfPresent(context.channelInstanceId(), (instance, cached) -> cached.without(confirmed));
    }

    private static byte[] rawBytes(Message message) throws MessagingException, InboundRejectedException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            message.writeTo(raw);
        } catch (IOException e) {
            throw InboundRejectedException.malformed("cannot read the message: " + e.getMessage(), e);
        }
        return raw.toByteArray();
    }

    private static String describe(MessagingException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** An open IMAP folder and the store it belongs to. */
    private static final class Mailbox {
        private final Store store;
        private final Folder folder;

        private Mailbox(Store store, Folder folder) {
            this.store = store;
            this.folder = folder;
        }

        static Mailbox open(ChannelContext context) throws MessagingException {
            MailServer server = MailServer.imap(context);
            String folderName = context.optionalSetting("imap-folder").map(String::strip).orElse("INBOX");
            Properties properties = server.sessionProperties();
            // Reading a message must not flag it \Seen: only confirmPolled does that.
            properties.setProperty("mail.imap.peek", "true");
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(server.host(), server.port(), server.username(), server.password());
            try {
                Folder folder = store.getFolder(folderName);
                folder.open(Folder.READ_WRITE);
                return new Mailbox(store, folder);
            } catch (MessagingException | RuntimeException e) {
                closeQuietly(store);
                throw e;
            }
        }

        void close() {
            try {
                folder.close(false);
            } catch (MessagingException | IllegalStateException e) {
                // closing the store below ends the session anyway
            }
            closeQuietly(store);
        }

        private static void closeQuietly(Store store) {
            try {
                store.close();
            } catch (MessagingException e) {
                // nothing left to release
            }
        }
    }
}
