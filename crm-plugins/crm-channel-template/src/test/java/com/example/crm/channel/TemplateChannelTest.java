package com.example.crm.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.OutboundMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateChannelTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final TemplateChannel channel = new TemplateChannel();
    private final ChannelContext context = new ChannelContext() {
        @Override
        public String channelInstanceId() {
            return "template";
        }

        @Override
        public Map<String, String> settings() {
            return Map.of("token", "s3cret-token");
        }

        @Override
        public Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Override
        public System.Logger logger() {
            return System.getLogger("channel.template");
        }
    };

    private static InboundRequest request(String token) {
        return new InboundRequest("POST", "/api/v1/channels/template/inbound",
                token == null ? Map.of("X-From", List.of("li.wei@example.com"))
                        : Map.of("X-Channel-Token", List.of(token), "X-From", List.of("li.wei@example.com"),
                                "X-Message-Id", List.of("m-1")),
                Map.of(), "The kettle stopped heating".getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    @Test
    void sendingReportsDeliveryUnderTheMessageId() {
        DeliveryResult result = channel.send(new OutboundMessage("out-1", "li.wei@example.com", null, "Hello", null),
                context);

        assertThat(result).isEqualTo(DeliveryResult.delivered("template-out-1"));
    }

    @Test
    void aRequestWithTheRightTokenBecomesAMessage() throws InboundRejectedException {
        List<InboundMessage> messages = channel.receive(request("s3cret-token"), context).messages();

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.externalMessageId()).isEqualTo("m-1");
            assertThat(message.sender().address()).isEqualTo("li.wei@example.com");
            assertThat(message.text()).isEqualTo("The kettle stopped heating");
            assertThat(message.receivedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aWrongOrMissingTokenIsUnauthentic() {
        for (String token : new String[] {"guess", null}) {
            InboundRejectedException rejection = catchThrowableOfType(
                    () -> channel.receive(request(token), context), InboundRejectedException.class);
            assertThat(rejection.reason()).isEqualTo(InboundRejectedException.Reason.UNAUTHENTIC);
        }
    }
}
