package app.bettertalk.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTest {
    @Test
    void counts_name_one_thing_in_the_singular() {
        assertThat(Display.count(1, "member", "members")).isEqualTo("1 member");
        assertThat(Display.count(0, "member", "members")).isEqualTo("0 members");
    }
}
