package app.bettertalk.core.shared;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ShownNameTest {

    @Test
    void a_name_is_normalised_to_nfkc_with_one_space_between_words() {
        assertThat(ShownName.typed("displayName", "  \uFF32\uFF41\uFF56\uFF49\u00A0\u00A0 K ", 0, 50))
                .isEqualTo("Ravi K");
        assertThat(ShownName.typed("displayName", "मीरा 🌱", 0, 50)).isEqualTo("मीरा 🌱");
        assertThat(ShownName.typed("displayName", "Supporter of the arts", 0, 50)).isEqualTo("Supporter of the arts");
        assertThat(ShownName.typed("displayName", "", 0, 50)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Eevil", "Ra\u200Bvi", "Ra\u200Dvi", "\u2066Asha\u2069", "\uFEFFAsha", "As\u0007ha",
            "Asha\u2028K", "Asha\uE000", "Asha\nK", "Asha\tK"})
    void a_name_with_hidden_or_direction_changing_characters_is_refused(String typed) {
        assertThat(catchThrowable(() -> ShownName.typed("displayName", typed, 0, 50)))
                .isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("displayName");
                    assertThat(invalid.rule()).contains("invisible");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"BetterTalk Support", "Better Talk", "bettertalk_team", "ADMIN", "Priya (Moderator)",
            "Verified ✓ Meera", "Support", "Ｓｕｐｐｏｒｔ", "Official Helpdesk", "BETTER-TALK care"})
    void a_name_that_poses_as_the_service_or_its_staff_is_refused(String typed) {
        assertThat(catchThrowable(() -> ShownName.typed("publicName", typed, 2, 60)))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        invalid -> assertThat(invalid.rule()).contains("BetterTalk or its staff"));
    }

    @Test
    void a_name_is_bounded_in_characters_not_bytes() {
        assertThat(ShownName.typed("publicName", "नमस्ते".repeat(5), 2, 60)).hasSize(30);
        assertThat(catchThrowable(() -> ShownName.typed("publicName", "a".repeat(61), 2, 60)))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        invalid -> assertThat(invalid.rule()).isEqualTo("must be 2 to 60 characters on one line"));
        assertThat(catchThrowable(() -> ShownName.typed("publicName", "a", 2, 60)))
                .isInstanceOf(DomainException.Validation.class);
        assertThat(catchThrowable(() -> ShownName.typed("displayName", "a".repeat(51), 0, 50)))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        invalid -> assertThat(invalid.rule()).isEqualTo("must be at most 50 characters"));
    }

    @Property(tries = 2_000)
    void whatever_is_typed_an_accepted_name_is_nfkc_within_bounds_and_free_of_hidden_characters(
            @ForAll String typed) {
        String name;
        try {
            name = ShownName.typed("displayName", typed, 0, 50);
        } catch (DomainException.Validation refused) {
            return;
        }
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFKC)).isTrue();
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(50);
        assertThat(name).isEqualTo(name.strip()).doesNotContain("  ");
        assertThat(name.codePoints().map(Character::getType)).doesNotContain((int) Character.FORMAT,
                (int) Character.CONTROL, (int) Character.PRIVATE_USE, (int) Character.SURROGATE,
                (int) Character.UNASSIGNED);
    }
}
