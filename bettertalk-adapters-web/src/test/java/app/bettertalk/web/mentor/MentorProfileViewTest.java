package app.bettertalk.web.mentor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MentorProfileViewTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ravi Kumar | RK",
            "ravi_k | RK",
            "asha | A",
            "Meera Devi Sharma | MD",
            "'  ' | ?",
            "ämit | Ä",
    })
    void the_avatar_shows_up_to_two_initials_of_the_name(String name, String initials) {
        assertThat(MentorProfileView.initials(name)).isEqualTo(initials);
    }
}
