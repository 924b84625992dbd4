package dev.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.DeliveryResult.PermanentFailure;
import dev.crm.plugin.api.DeliveryResult.RetryableFailure;
import dev.crm.plugin.api.OutboundMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SendFailureTest {

    private static final String PASSWORD = "right-password";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("support@crm.test", "support", PASSWORD));

    private final EmailChannel channel = new EmailChannel();

    private static TestChannelContext smtpAt(int port) {
        return new TestChannelContext("email", Map.of(
                "smtp-host", "127.0.0.1",
                "smtp-port", Integer.toString(port),
                "smtp-security", "none",
                "smtp-username", "support",
                "smtp-password", PASSWORD,
                "from-address", "support@crm.test",
                "timeout-ms", "1000"));
    }

    private static TestChannelContext greenMailContext() {
        return smtpAt(greenMail.getSmtp().getPort()).with("smtp-host", greenMail.getSmtp().getBindTo());
    }

    private static OutboundMessage message(String recipient) {
        return new OutboundMessage("out-1", recipient, "Your complaint", "Thank you.", Map.of());
    }

    @Test
    void theRightPasswordDelivers() {
        assertThat(channel.send(message("li.wei@example.com"), greenMailContext()))
                .isEqualTo(DeliveryResult.delivered("<out-1@crm.test>"));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPasswordIsPermanentAndNotRepeated() {
        DeliveryResult result = channel.send(message("li.wei@example.com"),
                greenMailContext().with("smtp-password", "wrong-password"));

        assertThat(result).isEqualTo(DeliveryResult.permanentFailure("SMTP authentication failed"));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void nothingListeningIsWorthARetry() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        DeliveryResult result = channel.send(message("li.wei@example.com"), smtpAt(closedPort));

        assertThat(result).isInstanceOfSatisfying(RetryableFailure.class,
                failure -> assertThat(failure.reason()).contains("unreachable"));
    }

    @Test
    void aServerThatNeverAnswersTimesOutIntoARetry() throws IOException {
        try (ScriptedSmtpServer silent = ScriptedSmtpServer.silent()) {
            DeliveryResult result = channel.send(message("li.wei@example.com"),
                    smtpAt(silent.port()).with("timeout-ms", "300"));

            assertThat(result).isEqualTo(DeliveryResult.retryLater("SMTP server timed out"));
        }
    }

    @Test
    void anInvalidRecipientAddressIsPermanent() {
        DeliveryResult result = channel.send(message("li.wei at example"), greenMailContext());

        assertThat(result).isInstanceOfSatisfying(PermanentFailure.class,
                failure -> assertThat(failure.reason()).startsWith("invalid recipient address"));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRecipientTheServerRejectsIsPermanent() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.rejectingRecipientsWith("550 5.1.1 no such user here")) {
            DeliveryResult result = channel.send(message("nobody@example.com"),
                    smtpAt(server.port()).without("smtp-username"));

            assertThat(result).isInstanceOfSatisfying(PermanentFailure.class, failure -> assertThat(failure.reason())
                    .startsWith("recipient rejected by the SMTP server").contains("550 5.1.1 no such user here"));
        }
    }

    @Test
    void aRecipientTheServerDefersIsWorthARetry() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.rejectingRecipientsWith("451 4.7.1 greylisted, come back later")) {
            DeliveryResult result = channel.send(message("li.wei@example.com"),
                    smtpAt(server.port()).without("smtp-username"));

            assertThat(result).isInstanceOfSatisfying(RetryableFailure.class,
                    failure -> assertThat(failure.reason()).contains("451 4.7.1 greylisted"));
        }
    }

    @Test
    void aMissingSettingIsPermanentAndNamesTheKeyButNoSecret() {
        for (String key : new String[] {"smtp-host", "from-address", "smtp-password"}) {
            DeliveryResult result = channel.send(message("li.wei@example.com"), greenMailContext().without(key));

            assertThat(result).isInstanceOfSatisfying(PermanentFailure.class, failure -> assertThat(failure.reason())
                    .contains("'" + key + "'").doesNotContain(PASSWORD));
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anInvalidSettingIsPermanentAndDoesNotEchoTheValue() {
        DeliveryResult result = channel.send(message("li.wei@example.com"),
                greenMailContext().with("smtp-port", "secret-ish-value"));

        assertThat(result).isInstanceOfSatisfying(PermanentFailure.class, failure -> assertThat(failure.reason())
                .contains("'smtp-port'").doesNotContain("secret-ish-value"));
    }

    @Test
    void noFailureReasonOrLogLineContainsThePassword() {
        TestChannelContext context = greenMailContext().with("smtp-password", "wrong-password");

        DeliveryResult result = channel.send(message("li.wei@example.com"), context);

        assertThat(result.toString()).doesNotContain("wrong-password");
        assertThat(context.logLines()).isNotEmpty().noneMatch(line -> line.contains("wrong-password"));
    }
}
