package ems.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedNumbersTest {

    @Test
    void readsSignedWholeNumbersAndNothingElse() {
        assertThat(TypedNumbers.whole(" +24 ")).isEqualTo(24L);
        assertThat(TypedNumbers.whole("-6")).isEqualTo(-6L);
        assertThat(TypedNumbers.whole("2+4")).as("was read as 24 before").isNull();
        assertThat(TypedNumbers.whole("4,5")).isNull();
        assertThat(TypedNumbers.whole("")).isNull();
        assertThat(TypedNumbers.wholeInt("3000000000")).isNull();
        assertThat(TypedNumbers.wholeInt("48")).isEqualTo(48);
    }
}
