package dev.crm.core.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword password of the {@code admin} account created on first start (from env
 *                      {@code CRM_ADMIN_PASSWORD}); when empty a random one is generated and
 *                      logged once
 * @param bcryptStrength work factor of the stored password hashes
 */
@ConfigurationProperties("crm.security")
public record SecurityProperties(String adminPassword, @DefaultValue("10") int bcryptStrength) {
}
