package de.gemeinsinn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key a template uses exists in German and English, and both bundles agree. */
class I18nKeysTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

    @Test
    void everyTemplateKeyExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Properties de = load("");
        Properties en = load("_en");
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(k -> !de.containsKey(k)).toList())
                .as("keys missing in German bundles")
                .isEmpty();
        assertThat(used.stream().filter(k -> !en.containsKey(k)).toList())
                .as("keys missing in English bundles")
                .isEmpty();
    }

    @Test
    void germanAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties de = load("");
        Properties en = load("_en");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(de.stringPropertyNames()));
    }

    static Properties load(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean english = name.endsWith("_en.properties");
                if (suffix.isEmpty() ? !name.contains("_") : english) {
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        all.load(r);
                    }
                }
            }
        }
        return all;
    }
}
