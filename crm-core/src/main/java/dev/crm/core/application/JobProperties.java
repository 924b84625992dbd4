package dev.crm.core.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Background jobs ({@code crm.jobs.*}): how many run at once on a node, how often a node
 * proves it is still working on its jobs, and after how long without that proof a job counts
 * as failed.
 */
@Validated
@ConfigurationProperties("crm.jobs")
public record JobProperties(@DefaultValue("2") @Min(1) @Max(16) int concurrency,
                            @DefaultValue("15s") @NotNull Duration heartbeat,
                            @DefaultValue("2m") @NotNull Duration staleAfter) {
}
