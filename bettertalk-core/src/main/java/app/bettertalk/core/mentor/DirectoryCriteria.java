package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a directory search asks for. Every term (lower-cased) must appear in the mentor's name, headline, bio or one
 * of their tags; a mentor must have one of {@code topics} (if any) among their expertise and one of {@code
 * languages} (if any); the lowest active price is at most {@code priceMax} unless that is {@link #ANY_PRICE}; with
 * {@code activePlanOnly}, mentors without an active plan are left out. Tags compare lower-cased (Locale.ROOT).
 */
public record DirectoryCriteria(List<String> terms, List<String> topics, List<String> languages, Paise priceMax,
                                boolean activePlanOnly, DirectorySort sort, int page, int pageSize) {
    public static final int MAX_TERMS = 5;
    public static final int TERM_MAX = 40;
    public static final int MAX_PAGE = 500;
    /** The {@code priceMax} that limits nothing. */
    public static final Paise ANY_PRICE = new Paise(Long.MAX_VALUE);

    public DirectoryCriteria {
        terms = keys("q", terms, MAX_TERMS, TERM_MAX, "words");
        topics = keys("topic", topics, Mentor.MAX_TAGS, Mentor.TAG_MAX, "topics");
        languages = keys("lang", languages, Mentor.MAX_TAGS, Mentor.TAG_MAX, "languages");
        Objects.requireNonNull(priceMax, "priceMax");
        Objects.requireNonNull(sort, "sort");
        if (page < 1 || page > MAX_PAGE) {
            throw new DomainException.Validation("page", "must be a page number from 1 to " + MAX_PAGE);
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("a page holds 1 to 100 mentors, not " + pageSize);
        }
    }

    /** The first page of everything with an active plan, recommended first. */
    public static DirectoryCriteria everything(int pageSize) {
        return new DirectoryCriteria(List.of(), List.of(), List.of(), ANY_PRICE, true, DirectorySort.RECOMMENDED, 1,
                pageSize);
    }

    /** The words of {@code text}, split on white space. */
    public static List<String> words(String text) {
        var stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    public boolean limitsPrice() {
        return !priceMax.equals(ANY_PRICE);
    }

    /** The filters this search uses, narrowest first. */
    public List<DirectoryFilter> filters() {
        var used = new ArrayList<DirectoryFilter>();
        if (!terms.isEmpty()) {
            used.add(DirectoryFilter.TEXT);
        }
        if (limitsPrice()) {
            used.add(DirectoryFilter.PRICE);
        }
        if (!languages.isEmpty()) {
            used.add(DirectoryFilter.LANGUAGE);
        }
        if (!topics.isEmpty()) {
            used.add(DirectoryFilter.TOPIC);
        }
        if (activePlanOnly) {
            used.add(DirectoryFilter.ACTIVE_PLAN);
        }
        return used;
    }

    /** The same search without {@code filter}, from its first page. */
    public DirectoryCriteria without(DirectoryFilter filter) {
        return new DirectoryCriteria(filter == DirectoryFilter.TEXT ? List.of() : terms,
                filter == DirectoryFilter.TOPIC ? List.of() : topics,
                filter == DirectoryFilter.LANGUAGE ? List.of() : languages,
                filter == DirectoryFilter.PRICE ? ANY_PRICE : priceMax,
                filter != DirectoryFilter.ACTIVE_PLAN && activePlanOnly, sort, 1, pageSize);
    }

    /** The same search on page {@code number}. */
    public DirectoryCriteria onPage(int number) {
        return new DirectoryCriteria(terms, topics, languages, priceMax, activePlanOnly, sort, number, pageSize);
    }

    /** The rows a page skips: those of the pages before it. */
    public int offset() {
        return (page - 1) * pageSize;
    }

    /** Stripped, lower-cased, blank ones and repeats dropped, at most {@code max} of at most {@code length} each. */
    private static List<String> keys(String field, List<String> typed, int max, int length, String what) {
        var unique = new LinkedHashSet<String>();
        for (var value : typed == null ? List.<String>of() : typed) {
            var text = Text.optional(field, value, length).toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                unique.add(text);
            }
        }
        if (unique.size() > max) {
            throw new DomainException.Validation(field, "at most " + max + " " + what);
        }
        return List.copyOf(unique);
    }
}
