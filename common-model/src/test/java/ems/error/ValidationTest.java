package ems.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void textIsStrippedAndLimited() {
        Validation v = new Validation();

        assertThat(v.text("a", "  hello  ", 10)).isEqualTo("hello");
        v.text("b", "x".repeat(11), 10);
        v.text("c", "   ", 10);
        v.optionalText("d", null, 10);

        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("b", "c"));
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAreAllowedInMultilineFields() {
        assertThat(Validation.hasControlCharacters("a\nb", true)).isFalse();
        assertThat(Validation.hasControlCharacters("a\nb", false)).isTrue();
        assertThat(Validation.hasControlCharacters("a\u0000b", true)).isTrue();
        assertThat(Validation.hasControlCharacters("right\u202Eleft", false)).isTrue();
        assertThat(Validation.hasControlCharacters("Lévis — Québec", false)).isFalse();
    }

    @Test
    void emailsAreCheckedAndLowerCased() {
        Validation v = new Validation();

        assertThat(v.email("e", " Ops@Example.COM ")).isEqualTo("ops@example.com");
        v.email("bad1", "no-at-sign");
        v.email("bad2", "a@b");
        v.email("bad3", "a b@c.test");

        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("bad1", "bad2", "bad3"));
    }
}
