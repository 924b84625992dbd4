package dev.crm.app.channels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the host runs channel plugins.
 *
 * @param callTimeout          the longest a plugin call (send, receive, poll) may take before the host gives up on it
 * @param concurrencyPerChannel plugin calls in flight per channel instance; more are refused as busy, so
 *                             a hanging channel ties up its own threads only
 * @param maxInboundBytes      larger inbound bodies are refused with 413 before the plugin sees them
 * @param delivery             the outbound delivery worker
 * @param polling              the inbound poller for channels that fetch their messages
 */
@Validated
@ConfigurationProperties("crm.channels")
public record ChannelProperties(@DefaultValue("10s") @NotNull Duration callTimeout,
                                @DefaultValue("4") @Min(1) @Max(64) int concurrencyPerChannel,
                                @DefaultValue("1MB") @NotNull DataSize maxInboundBytes,
                                @DefaultValue @Valid Delivery delivery,
                                @DefaultValue @Valid Polling polling) {

    /**
     * @param enabled        run the worker on this node (every node may; leases keep deliveries single)
     * @param interval       pause between passes
     * @param batchSize      messages claimed per pass
     * @param lease          how long a claimed message is reserved for its worker; longer than a call
     * @param maxAttempts    attempts before a message is dead
     * @param initialBackoff wait after the first failure; doubles per attempt, with jitter
     * @param maxBackoff     the longest wait between attempts
     */
    public record Delivery(@DefaultValue("true") boolean enabled,
                           @DefaultValue("2s") @NotNull Duration interval,
                           @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
                           @DefaultValue("2m") @NotNull Duration lease,
                           @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
                           @DefaultValue("30s") @NotNull Duration initialBackoff,
                           @DefaultValue("1h") @NotNull Duration maxBackoff) {
    }

    /**
     * @param enabled  poll on this node (one node at a time per channel, by lease)
     * @param interval pause between polls of a channel
     */
    public record Polling(@DefaultValue("true") boolean enabled,
                          @DefaultValue("60s") @NotNull Duration interval) {
    }
}
