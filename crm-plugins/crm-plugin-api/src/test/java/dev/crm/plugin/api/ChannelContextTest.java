package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelContextTest {

    private static ChannelContext context(Map<String, String> settings) {
        return new ChannelContext() {
            @Override
            public String channelInstanceId() {
                return "sms-acme";
            }

            @Override
            public Map<String, String> settings() {
                return settings;
            }

            @Override
            public Clock clock() {
                return Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
            }

            @Override
            public System.Logger logger() {
                return System.getLogger("channel.sms-acme");
            }
        };
    }

    private final ChannelContext context = context(Map.of("endpoint", "http://localhost:8025", "api-key", "s3cret", "token", " "));

    @Test
    void aPresentSettingIsReturned() {
        assertThat(context.setting("endpoint")).isEqualTo("http://localhost:8025");
        assertThat(context.optionalSetting("endpoint")).contains("http://localhost:8025");
    }

    @Test
    void aBlankSettingCountsAsAbsent() {
        assertThat(context.optionalSetting("token")).isEmpty();
        assertThat(context.optionalSetting("missing")).isEmpty();
    }

    @Test
    void aMissingRequiredSettingNamesTheInstanceAndKey() {
        assertThatIllegalStateException().isThrownBy(() -> context.setting("token"))
                .withMessageContaining("sms-acme").withMessageContaining("'token'");
    }

    @Test
    void theErrorForAMissingSettingRevealsNoOtherSetting() {
        assertThatIllegalStateException().isThrownBy(() -> context.setting("sender-id"))
                .withMessageNotContaining("s3cret");
    }
}
