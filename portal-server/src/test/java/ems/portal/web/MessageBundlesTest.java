package ems.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/** English and French must say the same things, and every literal key a template uses must exist. */
class MessageBundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(load("/i18n/portal_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/i18n/portal.properties").stringPropertyNames());
        assertThat(load("/i18n/errors_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/i18n/errors.properties").stringPropertyNames());
    }

    @Test
    void messagesWithArgumentsUseNoBareApostropheWhichWouldSwallowTheArguments() throws IOException {
        Pattern bare = Pattern.compile("(?<!')'(?!')");
        for (String bundle : new String[] {"/i18n/portal.properties", "/i18n/portal_fr.properties",
                "/i18n/errors.properties", "/i18n/errors_fr.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.contains("{0")) {
                    assertThat(bare.matcher(value).find()).as("%s %s", bundle, key).isFalse();
                }
            }
        }
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Set<String> keys = load("/i18n/portal.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\\bt\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }
}
