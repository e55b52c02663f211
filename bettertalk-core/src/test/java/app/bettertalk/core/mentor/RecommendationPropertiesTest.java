package app.bettertalk.core.mentor;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationPropertiesTest {
    @Provide
    Arbitrary<Rating> ratings() {
        return Arbitraries.integers().between(0, 100_000).flatMap(count -> Arbitraries.longs()
                .between(count, 5L * count).map(stars -> new Rating(count, stars)));
    }

    /** The exact comparison agrees with the floating-point score a database computes, for every tally. */
    @Property
    void the_exact_order_agrees_with_the_score(@ForAll("ratings") Rating one, @ForAll("ratings") Rating other) {
        var exact = Integer.signum(Recommendation.higherScoreFirst(one, other));
        var byScore = Integer.signum(Double.compare(Recommendation.score(other), Recommendation.score(one)));

        assertThat(exact).isEqualTo(byScore);
    }

    /** Another review of more stars than the score never lowers it, and one of fewer never raises it. */
    @Property
    void a_review_moves_the_score_toward_its_stars(@ForAll("ratings") Rating rating,
                                                   @ForAll("stars") int stars) {
        var after = Recommendation.score(rating.adjusted(1, stars));
        var before = Recommendation.score(rating);

        assertThat(Math.signum(after - before)).isEqualTo(Math.signum(stars - before));
    }

    @Provide
    Arbitrary<Integer> stars() {
        return Arbitraries.integers().between(1, 5);
    }
}
