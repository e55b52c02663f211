package app.bettertalk.web.help;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class HelplineTest {
    @Test
    void a_setting_lists_lines_in_its_order_with_a_number_a_phone_can_dial() {
        var lines = Helpline.listed("Samaritans (UK)|116 123|Free, 24x7 ; 988 Lifeline (US)|988;"
                + " Befrienders|+44 (0)20 7263 7070");

        assertThat(lines).extracting(Helpline::name).containsExactly("Samaritans (UK)", "988 Lifeline (US)",
                "Befrienders");
        assertThat(lines).extracting(Helpline::dial).containsExactly("116123", "988", "+4402072637070");
        assertThat(lines.getFirst().about()).isEqualTo("Free, 24x7");
        assertThat(lines.get(1).about()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ; ", "Samaritans", "Samaritans|call us", "|116 123", "A|1|2|3",
            "Line|<script>", "Line|+"})
    void a_setting_that_names_no_usable_line_is_refused_with_what_is_wrong(String setting) {
        assertThat(catchThrowable(() -> Helpline.listed(setting))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void at_most_ten_lines() {
        assertThat(catchThrowable(() -> Helpline.listed("L|112;".repeat(11))))
                .hasMessageContaining("1 to 10 helplines");
    }
}
