package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.plugin.echo.EchoChannel;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ChannelAdapterTest {

    @Test
    void anOutboundOnlyChannelRejectsInboundRequestsAsNotSupported() {
        InboundRequest request = new InboundRequest("POST", "/api/v1/channels/echo/inbound", null, null, null, null);

        InboundRejectedException rejection = catchThrowableOfType(
                () -> new EchoChannel().receive(request, null), InboundRejectedException.class);

        assertThat(rejection.reason()).isEqualTo(InboundRejectedException.Reason.NOT_SUPPORTED);
        assertThat(rejection).hasMessageContaining("echo");
    }

    @Test
    void rejectionsCarryTheirReasonAndCause() {
        IOException parseError = new IOException("unexpected end of input");

        assertThat(InboundRejectedException.unauthentic("bad signature").reason())
                .isEqualTo(InboundRejectedException.Reason.UNAUTHENTIC);
        assertThat(InboundRejectedException.malformed("not JSON", parseError))
                .hasCause(parseError)
                .extracting(InboundRejectedException::reason).isEqualTo(InboundRejectedException.Reason.MALFORMED);
        assertThat(InboundRejectedException.notSupported("no inbound").reason())
                .isEqualTo(InboundRejectedException.Reason.NOT_SUPPORTED);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatNullPointerException().isThrownBy(() -> new InboundRejectedException(null, "why"));
    }
}
