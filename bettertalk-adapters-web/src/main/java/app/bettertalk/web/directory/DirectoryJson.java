package app.bettertalk.web.directory;

import app.bettertalk.core.mentor.DirectoryPage;
import app.bettertalk.core.mentor.MentorCard;
import app.bettertalk.web.api.PriceJson;

import java.util.List;
import java.util.Locale;

/** The JSON shapes of {@code GET /api/v1/mentors}. */
public final class DirectoryJson {
    private DirectoryJson() {
    }

    /**
     * A page of the directory: its mentors, its number, the API path of the next page (null on the last), and for an
     * empty result the searches to try instead, narrowest filter dropped first.
     */
    public record MentorList(List<MentorSummary> mentors, int page, String next, List<Suggestion> suggestions) {
        static MentorList of(DirectoryPage page) {
            var criteria = page.criteria();
            return new MentorList(page.cards().stream().map(MentorSummary::of).toList(), criteria.page(),
                    page.hasNext() ? SearchParameters.link(PATH, criteria.onPage(criteria.page() + 1)) : null,
                    page.suggestions().stream().map(suggestion -> new Suggestion(
                            suggestion.dropped().name().toLowerCase(Locale.ROOT),
                            SearchParameters.link(PATH, suggestion.criteria()))).toList());
        }
    }

    static final String PATH = "/api/v1/mentors";

    /** A mentor's card; {@code lowestPrice} null without an active plan, {@code rating} null without reviews. */
    public record MentorSummary(String id, String name, String headline, List<String> expertise,
                                List<String> languages, int experienceYears, PriceJson lowestPrice,
                                RatingJson rating) {
        static MentorSummary of(MentorCard card) {
            return new MentorSummary(card.id().toString(), card.name(), card.headline(), card.expertise(),
                    card.languages(), card.experienceYears(), card.lowestPrice().map(PriceJson::of).orElse(null),
                    card.rating().average().map(average -> new RatingJson(average, card.rating().count()))
                            .orElse(null));
        }
    }

    /** The mean stars of a mentor's reviews, and how many there are. */
    public record RatingJson(double average, int count) {
    }

    /** A search to offer instead: {@code dropped} names the filter left out, {@code path} runs it. */
    public record Suggestion(String dropped, String path) {
    }
}
