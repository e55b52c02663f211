package app.bettertalk.web.directory;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.DirectoryCriteria;
import app.bettertalk.core.mentor.DirectorySort;
import app.bettertalk.core.mentor.FindMentors;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The directory's URL parameters as they were sent ({@code q}, {@code topic}*, {@code lang}*, {@code price_max},
 * {@code has_plan}, {@code sort}, {@code page}), so a refused search re-renders its form with nothing lost, and
 * the links that carry a search in a URL.
 */
record SearchParameters(String q, List<String> topics, List<String> languages, String priceMax, String hasPlan,
                        String sort, String page) {
    SearchParameters {
        q = Objects.requireNonNullElse(q, "");
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
        priceMax = Objects.requireNonNullElse(priceMax, "");
        hasPlan = Objects.requireNonNullElse(hasPlan, "");
        sort = Objects.requireNonNullElse(sort, "");
        page = Objects.requireNonNullElse(page, "");
    }

    /**
     * The parameters of the request. The form sends {@code has_plan=0} from a hidden field and then {@code has_plan=1}
     * from its checkbox when ticked, so the last value is the person's choice, and a link without it means yes.
     */
    static SearchParameters of(Context ctx) {
        var hasPlan = ctx.queryParams("has_plan");
        return new SearchParameters(ctx.queryParam("q"), ctx.queryParams("topic"), ctx.queryParams("lang"),
                ctx.queryParam("price_max"), hasPlan.isEmpty() ? "" : hasPlan.getLast(), ctx.queryParam("sort"),
                ctx.queryParam("page"));
    }

    FindMentors.Query query(Actor actor) {
        return FindMentors.Query.of(actor, q, topics, languages, priceMax, hasPlan, sort, page);
    }

    /** Whether the checkbox "has an active plan" is ticked: unless the search said no. */
    boolean activePlanOnly() {
        return !List.of("0", "off", "false", "no").contains(hasPlan.strip());
    }

    /** The path of the directory page showing {@code criteria}, defaults left out so links stay short. */
    static String link(String path, DirectoryCriteria criteria) {
        var parts = new ArrayList<String>();
        if (!criteria.terms().isEmpty()) {
            parts.add(pair("q", String.join(" ", criteria.terms())));
        }
        criteria.topics().forEach(topic -> parts.add(pair("topic", topic)));
        criteria.languages().forEach(language -> parts.add(pair("lang", language)));
        if (criteria.limitsPrice()) {
            parts.add(pair("price_max", Long.toString(criteria.priceMax().value() / 100)));
        }
        if (!criteria.activePlanOnly()) {
            parts.add(pair("has_plan", "0"));
        }
        if (criteria.sort() != DirectorySort.RECOMMENDED) {
            parts.add(pair("sort", criteria.sort().key()));
        }
        if (criteria.page() > 1) {
            parts.add(pair("page", Integer.toString(criteria.page())));
        }
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
