package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The orders the directory offers, each by its URL key, each ending on the mentor's id so that every order is total
 * and a page never repeats or skips a mentor. A store must order exactly as {@link #order()} says.
 */
public enum DirectorySort {
    /** By {@link Recommendation}: a Bayesian average of the ratings, then recent activity. */
    RECOMMENDED("recommended", Recommendation.ORDER),
    /** Cheapest lowest price first; mentors without an active plan last. */
    PRICE_ASC("price_asc", withPlanFirst().thenComparing(MentorCard::priceFrom)),
    /** Dearest lowest price first; mentors without an active plan last. */
    PRICE_DESC("price_desc", withPlanFirst().thenComparing(MentorCard::priceFrom, Comparator.reverseOrder())),
    /** Highest plain average first, more reviews first among equal averages; mentors without reviews last. */
    RATING("rating", Comparator.comparing((MentorCard card) -> card.rating().count() == 0)
            .thenComparing(MentorCard::rating, DirectorySort::higherAverageFirst)
            .thenComparing(card -> card.rating().count(), Comparator.reverseOrder())),
    /** Most recently joined first. */
    NEWEST("newest", Comparator.comparing(MentorCard::joinedAt, Comparator.reverseOrder()));

    private final String key;
    private final Comparator<MentorCard> order;

    DirectorySort(String key, Comparator<MentorCard> order) {
        this.key = key;
        this.order = order.thenComparing(MentorCard::id, Recommendation::compareIds);
    }

    /** The sort named {@code key}; blank is {@link #RECOMMENDED}, anything else not on the list a validation error. */
    public static DirectorySort of(String key) {
        var text = key == null ? "" : key.strip();
        if (text.isEmpty()) {
            return RECOMMENDED;
        }
        return Arrays.stream(values()).filter(sort -> sort.key.equals(text)).findFirst()
                .orElseThrow(() -> new DomainException.Validation("sort", "must be one of "
                        + Arrays.stream(values()).map(DirectorySort::key).collect(Collectors.joining(", "))));
    }

    public String key() {
        return key;
    }

    /** The whole order of this sort, the id last. */
    public Comparator<MentorCard> order() {
        return order;
    }

    private static Comparator<MentorCard> withPlanFirst() {
        return Comparator.comparing(card -> card.lowestPrice().isEmpty());
    }

    /** Compares averages exactly, as fractions, so no rounding ever reorders two mentors. */
    private static int higherAverageFirst(Rating one, Rating other) {
        return Long.compare(other.starTotal() * Math.max(one.count(), 1),
                one.starTotal() * Math.max(other.count(), 1));
    }
}
