package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Paise;

import java.util.List;

/** A directory search for the contract: everything with an active plan, recommended first, until told otherwise. */
final class DirectorySearch {
    private final MentorDirectory directory;
    private String q = "";
    private List<String> topics = List.of();
    private List<String> languages = List.of();
    private long priceMaxRupees;
    private boolean activePlanOnly = true;
    private DirectorySort sort = DirectorySort.RECOMMENDED;
    private int page = 1;
    private int pageSize = 20;

    DirectorySearch(MentorDirectory directory) {
        this.directory = directory;
    }

    DirectorySearch q(String text) {
        q = text;
        return this;
    }

    DirectorySearch topics(String... values) {
        topics = List.of(values);
        return this;
    }

    DirectorySearch languages(String... values) {
        languages = List.of(values);
        return this;
    }

    DirectorySearch priceMax(long rupees) {
        priceMaxRupees = rupees;
        return this;
    }

    DirectorySearch anyPlan() {
        activePlanOnly = false;
        return this;
    }

    DirectorySearch sort(DirectorySort value) {
        sort = value;
        return this;
    }

    DirectorySearch page(int number, int size) {
        page = number;
        pageSize = size;
        return this;
    }

    DirectorySearch pageSize(int size) {
        pageSize = size;
        return this;
    }

    DirectoryPage result() {
        var priceMax = priceMaxRupees == 0 ? DirectoryCriteria.ANY_PRICE
                : Paise.ofRupees(priceMaxRupees);
        return directory.search(new DirectoryCriteria(DirectoryCriteria.words(q), topics, languages, priceMax,
                activePlanOnly, sort, page, pageSize));
    }

    List<MentorCard> cards() {
        return result().cards();
    }

    List<String> names() {
        return cards().stream().map(MentorCard::name).toList();
    }
}
