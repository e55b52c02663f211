package app.bettertalk.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"/", "/groups", "/mentor/0b7a3c1e-8d4f-4a51-9c2e-1f6b7d8e9a0b#plan-1",
            "/profile?tab=sessions", "/groups/x/posts?page=2&sort=new", "/mentor/%E0%A4%85", "/a//b"})
    void a_path_of_this_site_is_followed(String path) {
        assertThat(ReturnPath.safe(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/groups", "/\\evil.example", "\\\\evil.example",
            "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "evil.example", "groups",
            "/\t/evil.example", "/\n/evil.example", "/\r\nSet-Cookie: x=1", "/ /evil", "/groups\u0000",
            "/grüße", "/groups\\..\\evil", "", " /groups"})
    void anything_else_is_ignored(String candidate) {
        assertThat(ReturnPath.safe(candidate)).isEmpty();
    }

    @Test
    void nothing_is_no_path() {
        assertThat(ReturnPath.safe(null)).isEmpty();
    }

    @Test
    void a_path_longer_than_two_thousand_characters_is_ignored() {
        assertThat(ReturnPath.safe("/" + "a".repeat(ReturnPath.MAX_LENGTH))).isEmpty();
    }

    @Test
    void a_page_link_carries_the_path_encoded() {
        assertThat(ReturnPath.to("/signin", Optional.of("/mentor/1#plan-2"))).isEqualTo(
                "/signin?return=%2Fmentor%2F1%23plan-2");
    }

    @Test
    void a_page_link_without_a_path_is_the_page() {
        assertThat(ReturnPath.to("/signin", Optional.empty())).isEqualTo("/signin");
    }
}
