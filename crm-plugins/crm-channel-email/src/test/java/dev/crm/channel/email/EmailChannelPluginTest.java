package dev.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmailChannelPluginTest {

    @Test
    void describesTheEmailChannel() {
        assertThat(new EmailChannel().describe()).isEqualTo(new ChannelDescriptor("email", "E-mail",
                Set.of(ChannelCapability.SEND, ChannelCapability.RECEIVE, ChannelCapability.POLL)));
    }

    @Test
    void isListedInThePf4jExtensionIndex() throws IOException {
        List<String> indexed = new ArrayList<>();
        for (URL index : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = index.openStream()) {
                indexed.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }

        assertThat(indexed).contains(EmailChannel.class.getName());
    }

    @Test
    void hasThePublicNoArgumentConstructorPf4jNeeds() throws ReflectiveOperationException {
        assertThat(EmailChannel.class.getConstructor().newInstance()).isInstanceOf(EmailChannel.class);
    }
}
