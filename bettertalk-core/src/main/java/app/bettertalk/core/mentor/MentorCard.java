package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified mentor as the directory lists them: name (as their page shows it), headline, tags, languages, years,
 * the lowest price of their active plans ({@link #NO_PLAN} when they have none), their review tally, when they last
 * changed their profile ({@code activeAt}, "recent activity") and when they joined.
 */
public record MentorCard(UserId id, String name, String headline, List<String> expertise, List<String> languages,
                         int experienceYears, Paise priceFrom, Rating rating, Instant activeAt, Instant joinedAt) {
    /** The {@code priceFrom} of a mentor without an active plan; a plan's price is at least ₹1, so none is 0. */
    public static final Paise NO_PLAN = Paise.ZERO;

    public MentorCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(headline, "headline");
        expertise = List.copyOf(expertise);
        languages = List.copyOf(languages);
        Objects.requireNonNull(priceFrom, "priceFrom");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(activeAt, "activeAt");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }

    /** The lowest price of the mentor's active plans, empty when they offer none. */
    public Optional<Paise> lowestPrice() {
        return priceFrom.equals(NO_PLAN) ? Optional.empty() : Optional.of(priceFrom);
    }
}
