package dev.crm.customer.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Order import ({@code crm.customer.import.*}): rows per bulk write, and where uploaded files
 * wait for their job (default: the JVM's temporary directory).
 */
@Validated
@ConfigurationProperties("crm.customer.import")
public record OrderImportProperties(@DefaultValue("1000") @Min(1) @Max(10000) int batchSize, String spoolDir) {
}
