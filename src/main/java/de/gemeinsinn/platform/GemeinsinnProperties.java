package de.gemeinsinn.platform;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the platform, all overridable by environment ({@code GEMEINSINN_DATA_DIR},
 * {@code GEMEINSINN_DEMO_DATA}, {@code GEMEINSINN_BASE_URL}, ...).
 *
 * @param dataDir where the embedded database, the search index and uploads live
 * @param demoData whether demo data is loaded on first start
 * @param baseUrl absolute URL of this instance, used in mails and feeds
 * @param tileUrl map tile URL template, loaded only after the visitor agrees
 * @param auditScriptHashes SHA-256 (base64) of inline scripts the CSP allows: axe-core builds for audits
 */
@ConfigurationProperties(prefix = "gemeinsinn")
public record GemeinsinnProperties(
        Path dataDir, boolean demoData, String baseUrl, String tileUrl, List<String> auditScriptHashes) {

    public GemeinsinnProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        auditScriptHashes = auditScriptHashes == null ? List.of() : List.copyOf(auditScriptHashes);
        if (tileUrl == null || tileUrl.isBlank()) {
            tileUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
        }
    }
}
