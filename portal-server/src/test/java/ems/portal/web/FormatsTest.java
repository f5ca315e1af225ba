package ems.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void integersAreGroupedLikeTheJdkDoesInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.CANADA, Locale.CANADA_FRENCH}) {
            NumberFormat jdk = NumberFormat.getIntegerInstance(locale);
            for (long n : new long[] {0, 7, 999, 1_000, 12_345, 133_592, 1_000_000, -4_200}) {
                assertThat(Formats.of(locale).integer(n)).isEqualTo(jdk.format(n));
            }
        }
    }

    @Test
    void decimalsKeepUpToThreePlacesWithTheLocalSeparator() {
        assertThat(Formats.of(Locale.CANADA).decimal(new BigDecimal("1234.500"))).isEqualTo("1,234.5");
        assertThat(Formats.of(Locale.CANADA_FRENCH).decimal(new BigDecimal("2.045"))).isEqualTo("2,045");
        assertThat(Formats.of(Locale.CANADA).decimal(new BigDecimal("12.000"))).isEqualTo("12");
    }
}
