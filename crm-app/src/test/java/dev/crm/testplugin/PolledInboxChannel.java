package dev.crm.testplugin;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.OutboundMessage;
import dev.crm.plugin.api.Sender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * A polled channel for the tests, packed into a plugin jar: its "mailbox" is the file named by the
 * {@code inbox} setting, one message per line ({@code id|sender e-mail|text}), and every poll
 * appends a line to the {@code polls} file; confirmed message ids are appended to the
 * {@code confirmed} file. Files, because the test and the plugin share no classes.
 */
@Extension
public class PolledInboxChannel implements ChannelAdapter {

    @Override
    public ChannelDescriptor describe() {
        return new ChannelDescriptor("polled-inbox", "Polled test inbox",
                Set.of(ChannelCapability.SEND, ChannelCapability.POLL));
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        return DeliveryResult.delivered(null);
    }

    @Override
    public InboundResult poll(ChannelContext context) {
        append(context.setting("polls"), context.channelInstanceId());
        List<InboundMessage> messages = read(context.setting("inbox")).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\\|"))
                .map(field -> new InboundMessage(context.channelInstanceId(), field[0], null,
                        new Sender(Sender.Kind.EMAIL, field[1], null), null, field[2], context.clock().instant(),
                        List.of(), List.of()))
                .toList();
        return InboundResult.of(messages);
    }

    @Override
    public void confirmPolled(List<InboundMessage> stored, ChannelContext context) {
        stored.forEach(message -> append(context.setting("confirmed"), message.externalMessageId()));
    }

    private static void append(String file, String line) {
        try {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
