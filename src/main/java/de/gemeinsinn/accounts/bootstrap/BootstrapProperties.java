package de.gemeinsinn.accounts.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's administrator, from {@code GEMEINSINN_ADMIN_EMAIL}, {@code
 * GEMEINSINN_ADMIN_PASSWORD} and {@code GEMEINSINN_ADMIN_TOKEN}; all optional.
 */
@ConfigurationProperties(prefix = "gemeinsinn")
record BootstrapProperties(String adminEmail, String adminPassword, String adminToken) {

    boolean hasAdmin() {
        return adminEmail != null && !adminEmail.isBlank();
    }
}
