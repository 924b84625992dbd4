package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultPluginManager;
import org.pf4j.Extension;
import org.pf4j.PluginManager;

/**
 * An {@code @Extension} compiled against this SDK is indexed by PF4J's annotation processor and
 * found by a plugin manager: the build wiring an integrator relies on.
 */
class ExtensionDiscoveryTest {

    @Extension
    public static class EchoChannel implements ChannelAdapter {

        @Override
        public ChannelDescriptor describe() {
            return new ChannelDescriptor("echo", "Echo", Set.of(ChannelCapability.SEND));
        }

        @Override
        public DeliveryResult send(OutboundMessage message, ChannelContext context) {
            return DeliveryResult.delivered("echo-" + message.messageId());
        }
    }

    @Test
    void theExtensionIndexListsTheAdapter() throws Exception {
        try (var index = getClass().getClassLoader().getResourceAsStream("META-INF/extensions.idx")) {
            assertThat(index).as("extensions index written by the PF4J annotation processor").isNotNull();
            assertThat(new String(index.readAllBytes())).contains(EchoChannel.class.getName());
        }
    }

    @Test
    void aPluginManagerFindsTheAdapterAsAChannelAdapter() {
        PluginManager plugins = new DefaultPluginManager();

        List<ChannelAdapter> adapters = plugins.getExtensions(ChannelAdapter.class);

        assertThat(adapters).hasSize(1);
        assertThat(adapters.get(0).describe().id()).isEqualTo("echo");
        assertThat(adapters.get(0).send(new OutboundMessage("m-7", "anyone", null, "hi", Map.of()), null))
                .isEqualTo(DeliveryResult.delivered("echo-m-7"));
    }

    @Test
    void anOutboundOnlyChannelRejectsInboundRequests() {
        InboundRequest request = new InboundRequest("POST", "/", Map.of(), Map.of(), new byte[0], null);

        assertThatThrownBy(() -> new EchoChannel().receive(request, null))
                .isInstanceOf(InboundRejectedException.class)
                .satisfies(e -> assertThat(((InboundRejectedException) e).reason())
                        .isEqualTo(InboundRejectedException.Reason.NOT_SUPPORTED));
    }
}
