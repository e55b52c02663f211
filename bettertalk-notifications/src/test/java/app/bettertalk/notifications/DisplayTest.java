package app.bettertalk.notifications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTest {
    @Test
    void one_day_is_singular() {
        assertThat(Display.days(1)).isEqualTo("1 day");
        assertThat(Display.days(7)).isEqualTo("7 days");
    }
}
