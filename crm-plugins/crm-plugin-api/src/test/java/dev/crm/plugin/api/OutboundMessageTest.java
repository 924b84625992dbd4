package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    @Test
    void aMessageNeedsANonBlankId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OutboundMessage(" ", "li.wei@example.com", null, "hi", null))
                .withMessageContaining("messageId");
        assertThatNullPointerException().isThrownBy(() -> new OutboundMessage(null, "li.wei@example.com", null, "hi", null));
    }

    @Test
    void aMessageNeedsANonBlankRecipient() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OutboundMessage("m-1", "", null, "hi", null))
                .withMessageContaining("recipient");
        assertThatNullPointerException().isThrownBy(() -> new OutboundMessage("m-1", null, null, "hi", null));
    }

    @Test
    void aMessageNeedsABodyThatMayBeEmptyForTemplateChannels() {
        assertThatNullPointerException().isThrownBy(() -> new OutboundMessage("m-1", "+8613812345678", null, null, null));

        OutboundMessage templated = new OutboundMessage("m-1", "+8613812345678", null, "", Map.of("template-id", "SMS_001"));

        assertThat(templated.body()).isEmpty();
        assertThat(templated.attribute("template-id")).contains("SMS_001");
    }

    @Test
    void aBlankSubjectMeansNoSubject() {
        assertThat(new OutboundMessage("m-1", "li.wei@example.com", "  ", "hi", null).subject()).isNull();
        assertThat(new OutboundMessage("m-1", "li.wei@example.com", "Your complaint", "hi", null).subject())
                .isEqualTo("Your complaint");
    }

    @Test
    void attributesAreACopyThatCannotBeChanged() {
        Map<String, String> attributes = new HashMap<>(Map.of("template-id", "T1"));
        OutboundMessage message = new OutboundMessage("m-1", "li.wei@example.com", null, "hi", attributes);

        attributes.put("template-id", "T2");

        assertThat(message.attributes()).containsExactly(Map.entry("template-id", "T1")).isUnmodifiable();
        assertThat(message.attribute("missing")).isEmpty();
    }

    @Test
    void missingAttributesAreAnEmptyMapAndNullValuesAreRefused() {
        assertThat(new OutboundMessage("m-1", "li.wei@example.com", null, "hi", null).attributes()).isEmpty();
        Map<String, String> withNull = new HashMap<>();
        withNull.put("template-id", null);
        assertThatNullPointerException().isThrownBy(() -> new OutboundMessage("m-1", "li.wei@example.com", null, "hi", withNull));
    }
}
