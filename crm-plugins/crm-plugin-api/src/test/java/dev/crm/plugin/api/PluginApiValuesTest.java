package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginApiValuesTest {

    @Test
    void aDescriptorIdIsALowerCaseSlug() {
        assertThat(new ChannelDescriptor("wechat-oa", "WeChat", Set.of(ChannelCapability.SEND)).id())
                .isEqualTo("wechat-oa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E", "Email", "e mail", "-email", "9sms", "a-very-long-channel-identifier-over-32"})
    void descriptorIdsThatAreNotSlugsAreRefused(String id) {
        assertThatThrownBy(() -> new ChannelDescriptor(id, "X", Set.of(ChannelCapability.SEND)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDescriptorNeedsACapabilityAndKeepsItsOwnCopy() {
        assertThatThrownBy(() -> new ChannelDescriptor("email", "E-mail", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Set<ChannelCapability> capabilities = new HashSet<>(Set.of(ChannelCapability.SEND));
        ChannelDescriptor descriptor = new ChannelDescriptor("email", "E-mail", capabilities);
        capabilities.add(ChannelCapability.RECEIVE);
        assertThat(descriptor.can(ChannelCapability.RECEIVE)).isFalse();
    }

    @Test
    void headerLookupIgnoresCaseAndMergesSpellings() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("X-Signature", List.of("abc"));
        headers.put("x-signature", List.of("def"));
        InboundRequest request = new InboundRequest("POST", "/inbound", headers, Map.of(), new byte[0], "127.0.0.1");

        assertThat(request.header("X-SIGNATURE")).isPresent();
        assertThat(request.headers().get("x-Signature")).containsExactlyInAnyOrder("abc", "def");
        assertThat(request.header("missing")).isEmpty();
    }

    @Test
    void theRequestBodyCannotBeChangedFromOutside() {
        byte[] body = "{\"msg\":1}".getBytes(StandardCharsets.UTF_8);
        InboundRequest request = new InboundRequest("POST", "/inbound", Map.of(), Map.of(), body, null);

        body[0] = 'X';
        request.body()[1] = 'Y';

        assertThat(request.bodyAsUtf8()).isEqualTo("{\"msg\":1}");
    }

    @Test
    void outboundMessagesNeedAnIdAndRecipientAndCopyTheirAttributes() {
        assertThatThrownBy(() -> new OutboundMessage(" ", "a@example.com", null, "hi", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboundMessage("m1", "", null, "hi", null))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, String> attributes = new HashMap<>(Map.of("template-id", "T1"));
        OutboundMessage message = new OutboundMessage("m1", "a@example.com", null, "hi", attributes);
        attributes.put("template-id", "T2");
        assertThat(message.attributes()).containsEntry("template-id", "T1");
    }

    @Test
    void inboundMessagesDefaultTheirCollectionsAndKeepTheirOwnCopies() {
        InboundMessage message = new InboundMessage("email", "<id@mail>", null,
                new Sender(Sender.Kind.EMAIL, "li.wei@example.com", "Li Wei"), "Broken kettle", null,
                Instant.parse("2026-11-22T08:00:00Z"), null, null);
        assertThat(message.text()).isEmpty();
        assertThat(message.references()).isEmpty();
        assertThat(message.attachments()).isEmpty();

        List<String> references = new ArrayList<>(List.of("C-2026-000001"));
        InboundMessage withReference = new InboundMessage("email", "<id2@mail>", "thread-1",
                new Sender(Sender.Kind.PHONE, "+8613812345678", null), null, "again", Instant.EPOCH, references, null);
        references.clear();
        assertThat(withReference.references()).containsExactly("C-2026-000001");
    }

    @Test
    void sendersAndAttachmentsRefuseEmptyValues() {
        assertThatThrownBy(() -> new Sender(Sender.Kind.EMAIL, " ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attachment("a.pdf", "application/pdf", -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InboundMessage("email", " ", null,
                new Sender(Sender.Kind.EMAIL, "a@example.com", null), null, null, Instant.EPOCH, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deliveryResultsSayWhetherToRetry() {
        assertThat(DeliveryResult.delivered("p-1")).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(DeliveryResult.retryAfter("throttled", Duration.ofSeconds(30)))
                .isEqualTo(new DeliveryResult.RetryableFailure("throttled", Duration.ofSeconds(30)));
        assertThat(DeliveryResult.permanentFailure("no such mailbox"))
                .isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThatThrownBy(() -> DeliveryResult.retryAfter("x", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingRequiredSettingNamesTheChannelAndKey() {
        ChannelContext context = new ChannelContext() {
            @Override
            public String channelInstanceId() {
                return "sms";
            }

            @Override
            public Map<String, String> settings() {
                return Map.of("endpoint", "http://localhost", "token", " ");
            }

            @Override
            public Clock clock() {
                return Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
            }
        };

        assertThat(context.setting("endpoint")).isEqualTo("http://localhost");
        assertThat(context.optionalSetting("token")).isEmpty();
        assertThatThrownBy(() -> context.setting("token")).hasMessageContaining("sms").hasMessageContaining("token");
    }
}
