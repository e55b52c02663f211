package app.bettertalk.core.review;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReviewCursorTest {
    @Test
    void a_cursor_survives_its_token() {
        var cursor = new ReviewCursor.After(Instant.parse("2026-11-25T10:00:00.123456Z"), ReviewId.random());

        assertThat(ReviewCursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void the_first_page_has_an_empty_token() {
        assertThat(ReviewCursor.NEWEST.token()).isEmpty();
    }

    @Test
    void no_token_is_the_first_page() {
        assertThat(ReviewCursor.parse(null)).isEqualTo(ReviewCursor.NEWEST);
        assertThat(ReviewCursor.parse(" ")).isEqualTo(ReviewCursor.NEWEST);
    }

    @Test
    void a_token_is_safe_in_a_url_as_it_is() {
        var cursor = new ReviewCursor.After(Instant.parse("2026-11-25T10:00:00.5Z"), ReviewId.random());

        assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor", "!!!", "MjAyNi0xMS0yNVQxMDowMDowMFo", "eHx5"})
    void a_malformed_token_is_refused_on_the_after_field(String token) {
        var refused = catchThrowableOfType(DomainException.Validation.class, () -> ReviewCursor.parse(token));

        assertThat(refused.field()).isEqualTo("after");
    }
}
