package de.gemeinsinn.accounts.privacy;

import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Collects the sections of every module that stores personal data into one export. */
@Service
class MyData {

    private final List<PersonalDataExporter> exporters;

    MyData(List<PersonalDataExporter> exporters) {
        this.exporters = exporters;
    }

    Map<String, Object> export(UUID personId) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("exportedAt", Instant.now());
        all.put("personId", personId);
        exporters.forEach(e -> all.put(e.section(), e.export(personId)));
        return all;
    }
}
