package app.bettertalk.core.safety;

import app.bettertalk.core.safety.ContactDetails.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDetailsTest {

    private static void assertKeptAsTyped(String typed) {
        var masked = ContactDetails.mask(typed);

        assertThat(masked.text()).as(typed).isEqualTo(typed);
        assertThat(masked.changed()).as(typed).isFalse();
    }

    private static void assertHidden(String typed, String shown, Kind kind) {
        var masked = ContactDetails.mask(typed);

        assertThat(masked.text()).as(typed).isEqualTo(shown);
        assertThat(masked.hidden()).as(typed).containsExactly(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9876540001", "98765 40001", "98765-40001", "987 654 0001", "+91 98765 40001",
            "+91-9876540001", "+919876540001", "091 98765 40001", "09876540001", "0 98765 40001", "0-98765-40001",
            "(+91) 98765.40001", "0091 98765 40001", "91 98765 40001", "9 8 7 6 5 4 0 0 0 1", "98765 - 40001",
            "98765\u00A040001", "９８７６５４０００１"})
    void an_indian_mobile_number_is_hidden_however_it_is_written(String number) {
        assertHidden("call me on " + number + " tonight", "call me on [phone hidden] tonight", Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"011-2345 6789", "022 23456789", "080-23456789", "0124 2345678"})
    void a_landline_number_with_its_std_code_is_hidden(String number) {
        assertHidden("office " + number + ".", "office [phone hidden].", Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 415 555 0134", "+1 (415) 555-2671", "+44 20 7946 0958", "+971 50 123 4567",
            "+65 8123 4567", "0044 20 7946 0958"})
    void a_number_written_with_its_country_code_is_hidden(String number) {
        assertHidden("my cousin is on " + number, "my cousin is on [phone hidden]", Kind.PHONE);
    }

    @Test
    void only_the_phone_number_is_hidden_from_numbers_said_around_it() {
        assertHidden("day 45, I'm 23 98765 40001 3 weeks", "day 45, I'm 23 [phone hidden] 3 weeks", Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"₹1,500", "Rs. 2000", "1500 rupees", "$20", "2,50,000", "₹60000-70000", "I'm 23",
            "23 years old", "2024", "1999", "12/05/2024", "2024-05-12", "12-05-2024", "12.05.2024", "10:30",
            "10.30pm", "45%", "12.5%", "3 weeks", "day 45", "room 204", "2nd floor", "4th", "7", "560001",
            "from 1999 to 2024", "12/05/2024 at 10:30", "day 70 2024-05-12", "age 67 12.05.2024"})
    void prices_ages_years_dates_times_and_counts_are_kept_as_typed(String typed) {
        assertKeptAsTyped("It was " + typed + " and I felt low.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call Tele-MANAS 14416 any time", "or 1-800-891-4416, it is free",
            "Tele-MANAS 14416 / 1800-891-4416 / +91 1800 891 4416", "in an emergency dial 112"})
    void the_helplines_are_kept_because_they_are_shared_on_purpose(String typed) {
        assertKeptAsTyped(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"priya@gmail.com", "priya.k+notes@gmail.com", "r.sharma_92@mail.example.co.in",
            "Priya.K@Outlook.COM", "name(at)gmail(dot)com", "name [at] gmail [dot] com", "name at gmail dot com",
            "name AT gmail DOT com", "name @ gmail.com", "name@gmail dot com", "name at gmail.com",
            "name {at} company {dot} in", "name at iitb dot ac dot in", "name at company dot com"})
    void an_email_address_is_hidden_even_spelled_out(String address) {
        assertHidden("write to " + address + ". Thanks", "write to [email hidden]. Thanks", Kind.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"meet @ 5", "meet @5pm", "see you @10:30", "I'll be at home at 5", "I work at google.com",
            "look at this dot in the sky", "staring at the dot com bubble", "good at maths.Then I stopped",
            "5 @ ₹20 each", "a@b", "me @ the park.Then"})
    void an_at_sign_or_the_word_at_in_a_sentence_is_kept(String typed) {
        assertKeptAsTyped(typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ask @some_name about it        | ask [handle hidden] about it",
            "(@some.name.)                  | ([handle hidden].)",
            "insta: some.name               | insta: [handle hidden]",
            "IG - some_name                 | IG - [handle hidden]",
            "my snap is some_name           | my snap is [handle hidden]",
            "snap is some_name              | snap is [handle hidden]",
            "telegram @x                    | telegram [handle hidden]",
            "my insta id is priya           | my insta id is [handle hidden]",
            "insta id priya                 | insta id [handle hidden]",
            "add me on insta priya_99       | add me on insta [handle hidden]",
            "discord some_name              | discord [handle hidden]",
            "discord: priya#1234            | discord: [handle hidden]",
            "my discord is priya            | my discord is [handle hidden]",
            "pls whatsapp me                | pls [handle hidden]",
            "Telegram me later              | [handle hidden] later"})
    void a_handle_or_an_invitation_to_an_app_is_hidden(String typed, String shown) {
        assertHidden(typed, shown, Kind.HANDLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"instagram.com/some.name", "https://www.instagram.com/some.name/", "t.me/somebody",
            "wa.me/919876540001", "snapchat.com/add/some_name", "facebook.com/some.name", "x.com/someone",
            "https://twitter.com/someone?s=20", "discord.gg/abc123"})
    void a_link_to_a_profile_is_hidden(String link) {
        assertHidden("find me (" + link + "), bye", "find me ([handle hidden]), bye", Kind.HANDLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my insta is private", "my instagram account is private now", "my insta account got hacked",
            "ig i'll try", "ig 5pm works", "telegram is better than whatsapp", "oh snap - that hurt",
            "snap 2024 was rough", "There's discord at home", "I deleted instagram.com from my phone",
            "I use whatsapp a lot", "box.com/files"})
    void an_app_named_in_a_sentence_is_kept(String typed) {
        assertKeptAsTyped(typed);
    }

    @Test
    void everything_around_a_hidden_detail_stays_exactly_as_typed() {
        var typed = "  Hi 🌱 मैं ठीक हूँ,\tcall 98765 40001\nor mail priya@gmail.com; insta: calm.river!  ";

        var masked = ContactDetails.mask(typed);

        assertThat(masked.text()).isEqualTo(
                "  Hi 🌱 मैं ठीक हूँ,\tcall [phone hidden]\nor mail [email hidden]; insta: [handle hidden]!  ");
        assertThat(masked.hidden()).containsExactly(Kind.PHONE, Kind.EMAIL, Kind.HANDLE);
    }

    @Test
    void a_detail_inside_another_is_hidden_once_as_the_outer_one() {
        var masked = ContactDetails.mask("9876540001@gmail.com or wa.me/919876540001");

        assertThat(masked.text()).isEqualTo("[email hidden] or [handle hidden]");
        assertThat(masked.hidden()).containsExactly(Kind.EMAIL, Kind.HANDLE);
    }

    @Test
    void the_writer_is_told_what_was_hidden_and_why() {
        var masked = ContactDetails.mask("98765 40001 or priya@gmail.com");

        assertThat(masked.notice()).hasValue("To keep everyone anonymous, contact details can't be shared here, "
                + "so we hid the phone number and the email address you wrote.");
    }

    @Test
    void text_with_nothing_to_hide_is_kept_with_no_notice() {
        var masked = ContactDetails.mask("Feeling a bit better today, thank you all.");

        assertThat(masked.text()).isEqualTo("Feeling a bit better today, thank you all.");
        assertThat(masked.changed()).isFalse();
        assertThat(masked.notice()).isEmpty();
    }

    @Test
    void a_long_run_of_digits_and_spaces_is_masked_without_backtracking() {
        var digits = new StringBuilder();
        for (var i = 0; digits.length() < 10_000; i++) {
            digits.append((i * 7) % 10).append(i % 3 == 0 ? "" : " ");
        }

        var masked = ContactDetails.mask(digits.toString());

        assertThat(masked.text()).isEqualTo(ContactDetails.mask(masked.text()).text());
    }

    @Test
    void a_long_run_of_at_signs_is_masked_without_backtracking() {
        var typed = "a@".repeat(5_000);

        var masked = ContactDetails.mask(typed);

        assertThat(masked.text()).isEqualTo(typed);
    }
}
