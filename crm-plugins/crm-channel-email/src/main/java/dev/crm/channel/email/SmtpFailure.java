package dev.crm.channel.email;

import dev.crm.plugin.api.DeliveryResult;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Decides whether a failed send is worth retrying. SMTP says so itself: 5xx replies are permanent,
 * 4xx temporary. Reasons carry the server's reply code and text, never settings or credentials.
 */
final class SmtpFailure {

    private static final int MAX_SERVER_TEXT = 200;

    private SmtpFailure() {
    }

    static DeliveryResult classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            // The server's reply may echo the login; a fixed text cannot.
            return DeliveryResult.permanentFailure("SMTP authentication failed");
        }
        if (failure instanceof AddressException) {
            return DeliveryResult.permanentFailure("invalid recipient address: " + failure.getMessage());
        }
        if (failure instanceof SendFailedException sendFailed && hasAny(sendFailed.getInvalidAddresses())) {
            return DeliveryResult.permanentFailure("recipient rejected by the SMTP server"
                    + serverReply(failure).map(reply -> ": " + reply).orElse(""));
        }
        int code = replyCode(failure);
        if (code >= 500) {
            return DeliveryResult.permanentFailure("SMTP server rejected the message: " + serverReply(failure).orElse(String.valueOf(code)));
        }
        if (code >= 400) {
            return DeliveryResult.retryLater("SMTP server deferred the message: " + serverReply(failure).orElse(String.valueOf(code)));
        }
        if (has(failure, SocketTimeoutException.class)) {
            return DeliveryResult.retryLater("SMTP server timed out");
        }
        if (has(failure, UnknownHostException.class)) {
            return DeliveryResult.retryLater("SMTP server host not found");
        }
        if (has(failure, IOException.class)) {
            return DeliveryResult.retryLater("SMTP server unreachable: " + rootCause(failure).getClass().getSimpleName());
        }
        // Anything else (a bad greeting, a dropped connection) may be over on the next attempt.
        return DeliveryResult.retryLater("SMTP error: " + firstLine(failure.getMessage()));
    }

    private static boolean hasAny(Address[] addresses) {
        return addresses != null && addresses.length > 0;
    }

    /** The reply code of the first SMTP command the server refused, or 0 when it refused none. */
    private static int replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException e) {
                return e.getReturnCode();
            }
        }
        return 0;
    }

    private static Optional<String> serverReply(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException || t instanceof SMTPSenderFailedException
                    || t instanceof SMTPSendFailedException) {
                String reply = firstLine(t.getMessage());
                if (!reply.isBlank()) {
                    return Optional.of(reply);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > MAX_SERVER_TEXT ? line.substring(0, MAX_SERVER_TEXT) + "…" : line;
    }
}
