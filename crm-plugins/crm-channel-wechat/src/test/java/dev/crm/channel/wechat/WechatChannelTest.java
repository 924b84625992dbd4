package dev.crm.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelDescriptor;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class WechatChannelTest {

    @Test
    void describesItselfAsTheWechatChannelThatSendsAndReceives() {
        ChannelDescriptor descriptor = new WechatChannel().describe();

        assertThat(descriptor.id()).isEqualTo("wechat");
        assertThat(descriptor.displayName()).isEqualTo("WeChat official account");
        assertThat(descriptor.capabilities()).isEqualTo(Set.of(ChannelCapability.SEND, ChannelCapability.RECEIVE));
    }

    @Test
    void isAnExtensionListedInTheIndexPf4jReads() throws Exception {
        assertThat(WechatChannel.class.getAnnotation(Extension.class)).isNotNull();
        // The index next to the class, not the test classes' own (empty) one that comes first on the class path.
        URL classes = WechatChannel.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader main = new URLClassLoader(new URL[] {classes}, null);
             InputStream index = main.getResourceAsStream("META-INF/extensions.idx")) {
            assertThat(index).as("META-INF/extensions.idx").isNotNull();
            assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(WechatChannel.class.getName());
        }
    }
}
