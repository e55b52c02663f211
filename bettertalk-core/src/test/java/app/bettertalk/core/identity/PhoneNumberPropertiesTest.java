package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PhoneNumberPropertiesTest {
    /** How people split a ten-digit mobile number into groups. */
    private static final List<List<Integer>> GROUPINGS =
            List.of(List.of(10), List.of(5, 5), List.of(3, 3, 4), List.of(4, 3, 3), List.of(2, 4, 4));
    private static final List<String> COUNTRY_PREFIXES =
            List.of("+91", "+91 ", "+91-", "(+91) ", "0091", "0091 ", "0091-", "91", "91 ", "91-");
    private static final List<String> TRUNK_PREFIXES = List.of("", "0", "0 ", "0-");

    private static Arbitrary<String> tenDigitsStartingWith(char from, char to) {
        return Combinators.combine(Arbitraries.chars().range(from, to), Arbitraries.strings().numeric().ofLength(9))
                .as((first, rest) -> first + rest);
    }

    /** {@code number} as a person might type it: some prefix, then groups split by spaces or dashes. */
    private static Arbitrary<String> writtenWith(Arbitrary<String> numbers, List<String> prefixes) {
        return Combinators.combine(numbers, Arbitraries.of(prefixes), Arbitraries.of(GROUPINGS),
                        Arbitraries.of(" ", "-", "", "  "), Arbitraries.of("", " ", "\t"))
                .as((number, prefix, grouping, separator, padding) ->
                        padding + prefix + grouped(number, grouping, separator) + padding);
    }

    private static String grouped(String number, List<Integer> grouping, String separator) {
        var groups = new ArrayList<String>();
        var at = 0;
        for (var size : grouping) {
            groups.add(number.substring(at, at + size));
            at += size;
        }
        return String.join(separator, groups);
    }

    private static List<String> allPrefixes() {
        var all = new ArrayList<>(COUNTRY_PREFIXES);
        all.addAll(TRUNK_PREFIXES);
        return all;
    }

    @Provide
    Arbitrary<String> mobileNumbers() {
        return tenDigitsStartingWith('6', '9');
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> writtenMobileNumbers() {
        return mobileNumbers().flatMap(number -> writtenWith(Arbitraries.just(number), allPrefixes())
                .map(written -> Tuple.of(number, written)));
    }

    @Provide
    Arbitrary<String> writtenNumbersStartingWithOneToFive() {
        return writtenWith(tenDigitsStartingWith('1', '5'), allPrefixes());
    }

    /**
     * A leading 0 after an explicit +91, 0091 or 91. Without one, "00" would be India's international access prefix,
     * which makes the rest another country's number.
     */
    @Provide
    Arbitrary<String> writtenNumbersStartingWithZeroAfterTheCountryCode() {
        return writtenWith(tenDigitsStartingWith('0', '0'), COUNTRY_PREFIXES);
    }

    @Provide
    Arbitrary<String> junkWithoutDigits() {
        return Arbitraries.strings().ofMaxLength(30).filter(text -> text.chars().noneMatch(Character::isDigit));
    }

    @Property
    void every_way_of_writing_an_indian_mobile_number_gives_the_same_e164(
            @ForAll("writtenMobileNumbers") Tuple.Tuple2<String, String> numberAndWritten) {
        var written = numberAndWritten.get2();

        var phone = PhoneNumber.parse(written);

        assertThat(phone.e164()).isEqualTo("+91" + numberAndWritten.get1());
    }

    @Property
    void a_mobile_number_parsed_from_its_e164_stays_the_same(@ForAll("mobileNumbers") String number) {
        var once = PhoneNumber.parse("+91" + number);

        var twice = PhoneNumber.parse(once.e164());

        assertThat(twice).isEqualTo(once);
    }

    @Property
    void an_indian_number_starting_with_one_to_five_is_refused_on_phone(
            @ForAll("writtenNumbersStartingWithOneToFive") String written) {
        var refusal = catchThrowable(() -> PhoneNumber.parse(written));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("phone"));
    }

    @Property
    void an_indian_number_starting_with_zero_after_the_country_code_is_refused_on_phone(
            @ForAll("writtenNumbersStartingWithZeroAfterTheCountryCode") String written) {
        var refusal = catchThrowable(() -> PhoneNumber.parse(written));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("phone"));
    }

    @Property
    void text_without_digits_is_refused_on_phone(@ForAll("junkWithoutDigits") String junk) {
        var refusal = catchThrowable(() -> PhoneNumber.parse(junk));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("phone"));
    }

    @Property
    void any_text_is_either_an_e164_number_or_a_validation_error_on_phone(@ForAll String typed) {
        var refusal = catchThrowable(() -> assertThat(PhoneNumber.parse(typed).e164()).matches("\\+[1-9][0-9]{6,14}"));

        assertThat(refusal).satisfiesAnyOf(
                accepted -> assertThat(accepted).isNull(),
                refused -> assertThat(refused).isInstanceOfSatisfying(DomainException.Validation.class,
                        validation -> assertThat(validation.field()).isEqualTo("phone")));
    }

    @Property
    void digits_mixed_with_letters_are_refused_on_phone(@ForAll("mobileNumbers") String number,
                                                        @ForAll("letters") String letters) {
        var written = number.substring(0, 5) + letters + number.substring(5);

        var refusal = catchThrowable(() -> PhoneNumber.parse(written));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("phone"));
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5);
    }
}
