package app.bettertalk.core.mentor;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Race;
import app.bettertalk.core.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link MentorRatings} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class MentorRatingsContract {
    private MentorRatings ratings;
    private ContractRows rows;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        ratings = stores.mentorRatings();
        rows = new ContractRows(stores);
    }

    @Test
    void a_mentor_without_reviews_has_an_empty_tally() {
        var ravi = rows.mentor("ravi_k");

        assertThat(ratings.of(ravi.id())).isEqualTo(Rating.NONE);
    }

    @Test
    void adjustments_add_up() {
        var ravi = rows.mentor("ravi_k");

        rows.write(() -> ratings.adjust(ravi.id(), 1, 5));
        rows.write(() -> ratings.adjust(ravi.id(), 1, 3));

        assertThat(ratings.of(ravi.id())).isEqualTo(new Rating(2, 8));
    }

    @Test
    void an_edited_review_lowers_the_star_total_without_changing_the_count() {
        var ravi = rows.mentor("ravi_k");
        rows.write(() -> ratings.adjust(ravi.id(), 2, 9));

        rows.write(() -> ratings.adjust(ravi.id(), 0, -3));

        assertThat(ratings.of(ravi.id())).isEqualTo(new Rating(2, 6));
    }

    @Test
    void each_mentor_has_a_tally_of_their_own() {
        var ravi = rows.mentor("ravi_k");
        var meera = rows.mentor("meera");

        rows.write(() -> ratings.adjust(ravi.id(), 1, 4));

        assertThat(ratings.of(meera.id())).isEqualTo(Rating.NONE);
    }

    @Test
    void an_adjustment_no_reviews_add_up_to_is_refused_and_changes_nothing() {
        var ravi = rows.mentor("ravi_k");
        rows.write(() -> ratings.adjust(ravi.id(), 1, 4));

        assertThatThrownBy(() -> rows.write(() -> ratings.adjust(ravi.id(), 0, 2)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(ratings.of(ravi.id())).isEqualTo(new Rating(1, 4));
    }

    @Test
    void a_first_adjustment_no_reviews_add_up_to_is_refused() {
        var ravi = rows.mentor("ravi_k");

        assertThatThrownBy(() -> rows.write(() -> ratings.adjust(ravi.id(), -1, -5)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(ratings.of(ravi.id())).isEqualTo(Rating.NONE);
    }

    @Test
    void an_adjustment_in_a_rolled_back_unit_of_work_is_undone() {
        var ravi = rows.mentor("ravi_k");

        assertThatThrownBy(() -> rows.write(() -> {
            ratings.adjust(ravi.id(), 1, 5);
            throw new IllegalStateException("the review failed to save");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ratings.of(ravi.id())).isEqualTo(Rating.NONE);
    }

    @Test
    void two_reviews_saved_at_once_both_count() throws InterruptedException {
        var ravi = rows.mentor("ravi_k");
        rows.write(() -> ratings.adjust(ravi.id(), 1, 3));

        Race.of(() -> rows.inTransaction(() -> {
            ratings.adjust(ravi.id(), 1, 5);
            return true;
        }), () -> rows.inTransaction(() -> {
            ratings.adjust(ravi.id(), 1, 4);
            return true;
        }));

        assertThat(ratings.of(ravi.id())).isEqualTo(new Rating(3, 12));
    }

    @Test
    void two_first_reviews_saved_at_once_both_count() throws InterruptedException {
        var ravi = rows.mentor("ravi_k");

        Race.of(() -> rows.inTransaction(() -> {
            ratings.adjust(ravi.id(), 1, 5);
            return true;
        }), () -> rows.inTransaction(() -> {
            ratings.adjust(ravi.id(), 1, 2);
            return true;
        }));

        assertThat(ratings.of(ravi.id())).isEqualTo(new Rating(2, 7));
    }
}
