package dev.crm.app.demo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo data set (issue 9): off unless asked for, never for production.
 *
 * @param enabled  seed the data set once, at the first start with this on (env {@code CRM_DEMO_DATA=true})
 * @param password the password of every demo staff account; documented, so anyone can sign in as them
 * @param seed     the seed of the random choices, so every demo installation tells the same story
 */
@Validated
@ConfigurationProperties("crm.demo-data")
public record DemoDataProperties(@DefaultValue("false") boolean enabled,
                                 @DefaultValue("Demo-Service-2026") @NotBlank @Size(min = 12) String password,
                                 @DefaultValue("20261202") long seed) {
}
