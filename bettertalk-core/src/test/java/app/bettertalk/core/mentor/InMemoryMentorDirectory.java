package app.bettertalk.core.mentor;

import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/** {@link MentorDirectory} over the in-memory stores, filtering and ordering by the rules in core. */
public final class InMemoryMentorDirectory implements MentorDirectory {
    private final Users users;
    private final Mentors mentors;
    private final Plans plans;
    private final MentorRatings ratings;

    public InMemoryMentorDirectory(Users users, Mentors mentors, Plans plans, MentorRatings ratings) {
        this.users = users;
        this.mentors = mentors;
        this.plans = plans;
        this.ratings = ratings;
    }

    @Override
    public DirectoryPage search(DirectoryCriteria criteria) {
        var matching = mentors.list(false, Integer.MAX_VALUE).stream().filter(Mentor::verified)
                .filter(mentor -> matches(mentor, criteria))
                .map(this::card)
                .filter(card -> !criteria.activePlanOnly() || card.lowestPrice().isPresent())
                .filter(card -> !criteria.limitsPrice()
                        || card.lowestPrice().filter(price -> price.compareTo(criteria.priceMax()) <= 0).isPresent())
                .sorted(criteria.sort().order())
                .skip(criteria.offset()).limit(criteria.pageSize() + 1L).toList();
        var hasNext = matching.size() > criteria.pageSize();
        return new DirectoryPage(criteria, hasNext ? matching.subList(0, criteria.pageSize()) : matching, hasNext);
    }

    private boolean matches(Mentor mentor, DirectoryCriteria criteria) {
        var name = lower(users.byId(mentor.id()).map(User::publicName).orElse(""));
        var tags = Stream.concat(mentor.expertise().stream(), mentor.languages().stream())
                .map(InMemoryMentorDirectory::lower).toList();
        return anyOf(criteria.topics(), mentor.expertise()) && anyOf(criteria.languages(), mentor.languages())
                && criteria.terms().stream().allMatch(term -> name.contains(term)
                || lower(mentor.headline()).contains(term) || lower(mentor.bio()).contains(term)
                || tags.stream().anyMatch(tag -> tag.contains(term)));
    }

    private static boolean anyOf(List<String> wanted, List<String> tags) {
        return wanted.isEmpty() || tags.stream().map(InMemoryMentorDirectory::lower).anyMatch(wanted::contains);
    }

    private MentorCard card(Mentor mentor) {
        var name = users.byId(mentor.id()).map(User::publicName).orElse("");
        var lowest = plans.ofMentor(mentor.id()).stream().filter(Plan::active).map(Plan::price)
                .min(Comparable::compareTo).orElse(MentorCard.NO_PLAN);
        return new MentorCard(mentor.id(), name, mentor.headline(), mentor.expertise(), mentor.languages(),
                mentor.experienceYears(), Objects.requireNonNull(lowest), ratings.of(mentor.id()), mentor.updatedAt(),
                mentor.createdAt());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
