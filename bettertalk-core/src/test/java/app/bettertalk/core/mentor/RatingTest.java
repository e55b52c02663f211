package app.bettertalk.core.mentor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingTest {
    @Test
    void no_reviews_have_no_average() {
        assertThat(Rating.NONE.average()).isEmpty();
    }

    @Test
    void the_average_is_the_star_total_over_the_count() {
        assertThat(new Rating(4, 18).average()).contains(4.5);
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> new Rating(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fewer_stars_than_one_a_review_are_refused() {
        assertThatThrownBy(() -> new Rating(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void more_stars_than_five_a_review_are_refused() {
        assertThatThrownBy(() -> new Rating(2, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_adjusted_tally_adds_the_deltas() {
        assertThat(new Rating(2, 7).adjusted(1, 5)).isEqualTo(new Rating(3, 12));
    }

    @Test
    void an_edit_may_lower_the_star_total() {
        assertThat(new Rating(2, 10).adjusted(0, -4)).isEqualTo(new Rating(2, 6));
    }
}
