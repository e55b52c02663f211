package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class AnonymousUsernamePropertiesTest {
    /** The words the issue reserves, as the letters of a name reduce to them. */
    private static final Set<String> RESERVED = Set.of(
            "admin", "administrator", "mentor", "mentors", "support", "bettertalk", "moderator", "mod", "staff",
            "help", "helpdesk", "system", "root", "official", "team", "security", "anonymous", "null", "undefined",
            "everyone", "here", "you", "me", "user", "users", "owner", "therapist", "doctor");
    private static final Pattern SEVEN_DIGITS = Pattern.compile(".*[0-9]{7,}.*");
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

    private static Arbitrary<String> allowedChars(int min, int max) {
        return Arbitraries.strings().withChars(ALLOWED.toCharArray()).ofMinLength(min).ofMaxLength(max);
    }

    private static boolean reserved(String name) {
        var letters = name.toLowerCase(Locale.ROOT).replaceAll("[0-9_]", "");
        return RESERVED.contains(letters) || letters.contains("bettertalk");
    }

    @Provide
    Arbitrary<String> acceptableNames() {
        return allowedChars(3, 20)
                .filter(name -> name.chars().anyMatch(Character::isLetter))
                .filter(name -> !SEVEN_DIGITS.matcher(name).matches())
                .filter(name -> !reserved(name));
    }

    @Provide
    Arbitrary<String> namesWithADisallowedCharacterInside() {
        var disallowed = Arbitraries.chars().filter(c -> ALLOWED.indexOf(c) < 0);
        return Combinators.combine(allowedChars(1, 9), disallowed, allowedChars(1, 9))
                .as((before, bad, after) -> before + bad + after);
    }

    @Provide
    Arbitrary<String> namesOfTheWrongLength() {
        return Arbitraries.oneOf(allowedChars(0, 2), allowedChars(21, 60));
    }

    @Property
    void every_name_of_three_to_twenty_allowed_characters_with_a_letter_is_accepted_as_typed(
            @ForAll("acceptableNames") String typed) {
        var username = new AnonymousUsername(typed);

        assertThat(username.value()).isEqualTo(typed);
    }

    @Property
    void names_differing_only_in_case_share_one_key(@ForAll("acceptableNames") String typed) {
        var upper = new AnonymousUsername(typed.toUpperCase(Locale.ROOT));
        var lower = new AnonymousUsername(typed.toLowerCase(Locale.ROOT));

        assertThat(upper.key()).isEqualTo(lower.key()).isEqualTo(new AnonymousUsername(typed).key());
    }

    @Property
    void a_name_with_a_disallowed_character_is_refused_on_username(
            @ForAll("namesWithADisallowedCharacterInside") String typed) {
        var refusal = catchThrowable(() -> new AnonymousUsername(typed));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("username"));
    }

    @Property
    void a_name_of_the_wrong_length_is_refused_on_username(@ForAll("namesOfTheWrongLength") String typed) {
        var refusal = catchThrowable(() -> new AnonymousUsername(typed));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("username"));
    }

    @Provide
    Arbitrary<String> namesHoldingSevenDigitsInARow() {
        var shortName = allowedChars(3, 10)
                .filter(name -> name.chars().anyMatch(Character::isLetter))
                .filter(name -> !SEVEN_DIGITS.matcher(name).matches())
                .filter(name -> !reserved(name));
        var digits = Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(10);
        return Combinators.combine(shortName, digits, Arbitraries.of(true, false))
                .as((name, run, digitsFirst) -> digitsFirst ? run + name : name + run);
    }

    @Property
    void a_name_holding_seven_digits_in_a_row_is_refused_as_a_phone_number(
            @ForAll("namesHoldingSevenDigitsInARow") String typed) {
        var refusal = catchThrowable(() -> new AnonymousUsername(typed));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, validation -> {
            assertThat(validation.field()).isEqualTo("username");
            assertThat(validation.rule()).contains("phone number");
        });
    }

    @Property
    void any_text_is_either_a_username_or_a_validation_error_on_username(@ForAll String typed) {
        var refusal = catchThrowable(() -> new AnonymousUsername(typed));

        assertThat(refusal).satisfiesAnyOf(
                accepted -> assertThat(accepted).isNull(),
                refused -> assertThat(refused).isInstanceOfSatisfying(DomainException.Validation.class,
                        validation -> assertThat(validation.field()).isEqualTo("username")));
    }
}
