package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UseCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds verified mentors for the directory. An empty result comes with the searches that would find someone, each
 * dropping one filter, the narrowest first, so a person is never left at a dead end.
 */
@UseCase
public final class FindMentors {
    /** Mentors on a page of the directory. */
    public static final int PAGE_SIZE = 20;

    private final MentorDirectory directory;
    private final AccessPolicy access;

    public FindMentors(MentorDirectory directory, AccessPolicy access) {
        this.directory = directory;
        this.access = access;
    }

    /** Input of {@link FindMentors}: who asks, and a search in a valid shape. */
    public record Query(Actor actor, DirectoryCriteria criteria) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(criteria, "criteria");
        }

        /**
         * The search as a person typed it into the directory's form or URL: free text {@code q}, topics and languages,
         * the highest price in whole rupees, whether only mentors with an active plan count (blank: yes), the sort's
         * key and the page number (blank: the first). Each malformed part is a validation error naming it.
         */
        public static Query of(Actor actor, String q, List<String> topics, List<String> languages, String priceMax,
                               String activePlanOnly, String sort, String page) {
            return new Query(actor, new DirectoryCriteria(DirectoryCriteria.words(q), topics, languages,
                    rupees(priceMax), yesByDefault(activePlanOnly), DirectorySort.of(sort), pageNumber(page),
                    PAGE_SIZE));
        }
    }

    public DirectoryPage find(Query query) {
        access.requireOnboarded(query.actor());
        var criteria = query.criteria();
        var page = directory.search(criteria);
        if (!page.cards().isEmpty() || criteria.page() > 1) {
            return page;
        }
        var suggestions = new ArrayList<DirectoryPage.Suggestion>();
        for (var filter : criteria.filters()) {
            var wider = criteria.without(filter);
            if (!directory.search(wider).cards().isEmpty()) {
                suggestions.add(new DirectoryPage.Suggestion(filter, wider));
            }
        }
        return new DirectoryPage(criteria, page.cards(), false, suggestions);
    }

    private static Paise rupees(String text) {
        var typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return DirectoryCriteria.ANY_PRICE;
        }
        var max = Plan.MAXIMUM_PRICE.value() / 100;
        if (!typed.matches("[0-9]{1,7}") || Long.parseLong(typed) < 1 || Long.parseLong(typed) > max) {
            throw new DomainException.Validation("price_max", "must be a whole number of rupees from 1 to " + max);
        }
        return Paise.ofRupees(Long.parseLong(typed));
    }

    private static boolean yesByDefault(String text) {
        var typed = text == null ? "" : text.strip();
        return switch (typed) {
            case "", "1", "on", "true", "yes" -> true;
            case "0", "off", "false", "no" -> false;
            default -> throw new DomainException.Validation("has_plan", "must be 1 (yes) or 0 (no)");
        };
    }

    private static int pageNumber(String text) {
        var typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return 1;
        }
        if (!typed.matches("[0-9]{1,4}")) {
            throw new DomainException.Validation("page", "must be a page number from 1 to "
                    + DirectoryCriteria.MAX_PAGE);
        }
        return Integer.parseInt(typed);
    }
}
