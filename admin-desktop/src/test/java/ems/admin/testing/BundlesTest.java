package ems.admin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theDesktopSpeaksEnglishAndFrenchWithTheSameKeys() throws IOException {
        assertThat(load("/i18n/admin_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/i18n/admin.properties").stringPropertyNames());
    }
}
