package app.bettertalk.core.mentor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a directory search: its mentors in the search's order, whether a next page has more, and for an empty
 * result the searches to offer instead, each without one filter and finding someone, narrowest filter dropped first.
 */
public record DirectoryPage(DirectoryCriteria criteria, List<MentorCard> cards, boolean hasNext,
                            List<Suggestion> suggestions) {
    public DirectoryPage {
        Objects.requireNonNull(criteria, "criteria");
        cards = List.copyOf(cards);
        suggestions = List.copyOf(suggestions);
    }

    /** A page of a store's answer, with no suggestion. */
    public DirectoryPage(DirectoryCriteria criteria, List<MentorCard> cards, boolean hasNext) {
        this(criteria, cards, hasNext, List.of());
    }

    /** The search to offer first: without the narrowest filter whose dropping finds someone. */
    public Optional<Suggestion> suggestion() {
        return suggestions.stream().findFirst();
    }

    /** A search to offer instead: {@code criteria} is this page's search without the {@code dropped} filter. */
    public record Suggestion(DirectoryFilter dropped, DirectoryCriteria criteria) {
        public Suggestion {
            Objects.requireNonNull(dropped, "dropped");
            Objects.requireNonNull(criteria, "criteria");
        }
    }
}
