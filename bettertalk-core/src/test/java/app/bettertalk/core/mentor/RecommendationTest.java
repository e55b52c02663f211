package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static MentorCard card(String id, Rating rating, Instant activeAt) {
        return new MentorCard(new UserId(UUID.fromString(id)), "m", "h", List.of(), List.of(), 0,
                Paise.ofRupees(499), rating, activeAt, T0);
    }

    private static List<String> ranked(MentorCard... cards) {
        return Stream.of(cards).sorted(Recommendation.ORDER).map(card -> card.id().toString()).toList();
    }

    @Test
    void a_mentor_without_reviews_scores_the_prior_mean() {
        assertThat(Recommendation.score(Rating.NONE)).isEqualTo(Recommendation.PRIOR_MEAN);
    }

    @Test
    void the_score_adds_the_prior_reviews_to_the_real_ones() {
        assertThat(Recommendation.score(new Rating(5, 25))).isEqualTo(4.5);
    }

    @Test
    void a_hundred_reviews_of_four_point_eight_outrank_one_of_five_stars() {
        var one = card("00000000-0000-0000-0000-000000000001", new Rating(1, 5), T0);
        var hundred = card("00000000-0000-0000-0000-000000000002", new Rating(100, 480), T0);

        assertThat(ranked(one, hundred)).containsExactly(hundred.id().toString(), one.id().toString());
    }

    @Test
    void one_bad_review_ranks_below_a_mentor_without_reviews() {
        var bad = card("00000000-0000-0000-0000-000000000001", new Rating(1, 1), T0);
        var none = card("00000000-0000-0000-0000-000000000002", Rating.NONE, T0);

        assertThat(ranked(bad, none)).containsExactly(none.id().toString(), bad.id().toString());
    }

    @Test
    void among_equal_scores_the_more_recently_active_comes_first() {
        var earlier = card("00000000-0000-0000-0000-000000000001", new Rating(2, 8), T0);
        var later = card("00000000-0000-0000-0000-000000000002", Rating.NONE, T0.plusSeconds(60));

        assertThat(ranked(earlier, later)).containsExactly(later.id().toString(), earlier.id().toString());
    }

    @Test
    void among_equal_scores_and_activity_the_lower_id_comes_first() {
        var high = card("00000000-0000-0000-0000-000000000002", Rating.NONE, T0);
        var low = card("00000000-0000-0000-0000-000000000001", Rating.NONE, T0);

        assertThat(ranked(high, low)).containsExactly(low.id().toString(), high.id().toString());
    }

    @Test
    void ids_compare_as_unsigned_bytes_as_a_database_orders_them() {
        var topBitSet = new UserId(UUID.fromString("80000000-0000-0000-0000-000000000000"));
        var small = new UserId(UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"));

        assertThat(Recommendation.compareIds(small, topBitSet)).isNegative();
    }
}
