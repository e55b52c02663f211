package app.bettertalk.web.directory;

import app.bettertalk.core.mentor.DirectoryFilter;
import app.bettertalk.core.mentor.DirectoryPage;
import app.bettertalk.core.mentor.DirectorySort;
import app.bettertalk.core.mentor.MentorCard;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.Display;
import app.bettertalk.web.mentor.MentorProfileView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The directory page, display-ready: the form as it was sent (so a refused search loses nothing), the cards, the
 * page links that keep the search, and for an empty result the link that drops the narrowest filter.
 */
public record DirectoryView(Form form, List<Card> cards, String error, String previous, String next,
                            boolean empty, String suggestion, String suggestionLink) {
    static final String PATH = "/mentors";

    static DirectoryView of(SearchParameters sent, DirectoryPage page) {
        var criteria = page.criteria();
        var previous = criteria.page() > 1 ? SearchParameters.link(PATH, criteria.onPage(criteria.page() - 1)) : "";
        var next = page.hasNext() ? SearchParameters.link(PATH, criteria.onPage(criteria.page() + 1)) : "";
        var cards = page.cards().stream().map(Card::of).toList();
        if (cards.isEmpty() && criteria.page() > 1) {
            return new DirectoryView(Form.of(sent), cards, "", "", "", true, "Back to the first page",
                    SearchParameters.link(PATH, criteria.onPage(1)));
        }
        var suggestion = page.suggestion();
        return new DirectoryView(Form.of(sent), cards, "", previous, next, cards.isEmpty(),
                suggestion.map(found -> words(found.dropped())).orElse(""),
                suggestion.map(found -> SearchParameters.link(PATH, found.criteria())).orElse(""));
    }

    /** The form again with what was sent and the reason it was refused; no results. */
    static DirectoryView refused(SearchParameters sent, DomainException.Validation refusal) {
        var field = switch (refusal.field()) {
            case "q" -> "Search words";
            case "topic" -> "Topics";
            case "lang" -> "Languages";
            case "price_max" -> "Highest price";
            case "has_plan" -> "\"Has an active plan\"";
            case "sort" -> "Sort";
            case "page" -> "Page";
            default -> refusal.field();
        };
        return new DirectoryView(Form.of(sent), List.of(), field + ": " + refusal.rule() + ".", "", "", false, "", "");
    }

    private static String words(DirectoryFilter dropped) {
        return switch (dropped) {
            case TEXT -> "Search without the words";
            case PRICE -> "Show any price";
            case LANGUAGE -> "Show every language";
            case TOPIC -> "Show every topic";
            case ACTIVE_PLAN -> "Include mentors without an active plan";
        };
    }

    /** The search form's fields; one empty topic and language field more than were sent, to add one. */
    public record Form(String q, List<String> topics, List<String> languages, String priceMax,
                       boolean activePlanOnly, List<SortOption> sorts) {
        static Form of(SearchParameters sent) {
            return new Form(sent.q(), withBlank(sent.topics()), withBlank(sent.languages()), sent.priceMax(),
                    sent.activePlanOnly(), SortOption.all(sent.sort()));
        }

        private static List<String> withBlank(List<String> values) {
            var fields = new ArrayList<>(values.stream().filter(value -> !value.isBlank()).toList());
            fields.add("");
            return fields;
        }
    }

    /** One choice of the sort menu. */
    public record SortOption(String key, String label, boolean selected) {
        static List<SortOption> all(String chosen) {
            var key = chosen.isBlank() ? DirectorySort.RECOMMENDED.key() : chosen.strip();
            return List.of(DirectorySort.values()).stream()
                    .map(sort -> new SortOption(sort.key(), label(sort), sort.key().equals(key))).toList();
        }

        private static String label(DirectorySort sort) {
            return switch (sort) {
                case RECOMMENDED -> "Recommended";
                case PRICE_ASC -> "Price: low to high";
                case PRICE_DESC -> "Price: high to low";
                case RATING -> "Rating";
                case NEWEST -> "Newest";
            };
        }
    }

    /** A mentor's card: initials for the avatar, years, price and rating worded. */
    public record Card(String id, String name, String initials, String photoUrl, String headline,
                       List<String> expertise, String languages, String experience, String price, String rating) {
        static Card of(MentorCard card) {
            var years = card.experienceYears();
            var rating = card.rating().average()
                    .map(average -> "★ " + String.format(Locale.ROOT, "%.1f", average) + " ("
                            + Display.count(card.rating().count(), "review", "reviews") + ")")
                    .orElse("");
            var id = card.id().toString();
            return new Card(id, card.name(), MentorProfileView.initials(card.name()),
                    card.photoVersion().isEmpty() ? "" : MentorProfileView.photoUrl(id, card.photoVersion()),
                    card.headline(), card.expertise(), String.join(", ", card.languages()),
                    years > 0 ? Display.count(years, "year", "years") : "",
                    card.lowestPrice().map(price -> "from " + Rupees.format(price)).orElse("No active plan"),
                    rating);
        }
    }
}
