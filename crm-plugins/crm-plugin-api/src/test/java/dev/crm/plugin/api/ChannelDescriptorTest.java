package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelDescriptorTest {

    @ParameterizedTest
    @ValueSource(strings = {"email", "wechat-oa", "sms2", "a1", "web-chat-v2", "abcdefghijklmnopqrstuvwxyz012345"})
    void lowerCaseSlugsAreChannelIds(String id) {
        assertThat(new ChannelDescriptor(id, "X", Set.of(ChannelCapability.SEND)).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "Email", "e mail", "e_mail", "-email", "email-", "we--chat", "9sms", "e-mail.v2",
            "abcdefghijklmnopqrstuvwxyz0123456"})
    void idsThatAreNotLowerCaseSlugsOf2To32CharactersAreRefused(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChannelDescriptor(id, "X", Set.of(ChannelCapability.SEND)))
                .withMessageContaining("id");
    }

    @Test
    void aDescriptorNeedsAnId() {
        assertThatNullPointerException().isThrownBy(() -> new ChannelDescriptor(null, "X", Set.of(ChannelCapability.SEND)));
    }

    @Test
    void aDescriptorNeedsADisplayName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChannelDescriptor("email", " ", Set.of(ChannelCapability.SEND)))
                .withMessageContaining("displayName");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChannelDescriptor("email", null, Set.of(ChannelCapability.SEND)));
    }

    @Test
    void aDescriptorNeedsACapability() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelDescriptor("email", "E-mail", Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelDescriptor("email", "E-mail", null));
    }

    @Test
    void aDescriptorKeepsItsOwnUnmodifiableCopyOfTheCapabilities() {
        Set<ChannelCapability> capabilities = new HashSet<>(Set.of(ChannelCapability.SEND));
        ChannelDescriptor descriptor = new ChannelDescriptor("email", "E-mail", capabilities);

        capabilities.add(ChannelCapability.RECEIVE);

        assertThat(descriptor.can(ChannelCapability.SEND)).isTrue();
        assertThat(descriptor.can(ChannelCapability.RECEIVE)).isFalse();
        assertThat(descriptor.capabilities()).isUnmodifiable();
    }

    @Test
    void descriptorsWithTheSameValuesAreEqual() {
        assertThat(new ChannelDescriptor("sms", "SMS", EnumSet.of(ChannelCapability.SEND, ChannelCapability.DELIVERY_RECEIPTS)))
                .isEqualTo(new ChannelDescriptor("sms", "SMS", Set.of(ChannelCapability.DELIVERY_RECEIPTS, ChannelCapability.SEND)));
    }
}
