package de.gemeinsinn.platform.privacy;

import java.util.UUID;

/**
 * Each module that stores personal data implements this, so that "Meine Daten" can hand a
 * person everything stored about them as one JSON file.
 */
public interface PersonalDataExporter {

    /** Name of the section in the export, e.g. {@code "news"}. */
    String section();

    /** Everything this module stores about the person, as JSON-serialisable values. */
    Object export(UUID personId);
}
