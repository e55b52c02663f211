package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Admins see every mentor with their account's names, to verify the waiting ones or take a verification back. */
@UseCase
public final class ViewMentorRoster {
    private final Mentors mentors;
    private final Users users;
    private final AccessPolicy access;

    public ViewMentorRoster(Mentors mentors, Users users, AccessPolicy access) {
        this.mentors = mentors;
        this.users = users;
        this.access = access;
    }

    /** Input of {@link ViewMentorRoster}: at most {@code limit} mentors. */
    public record Query(Actor actor, int limit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            if (limit < 1 || limit > 10_000) {
                throw new DomainException.Validation("limit", "must be 1 to 10000");
            }
        }
    }

    public MentorRoster view(Query query) {
        access.requireAdmin(query.actor());
        var listed = mentors.list(false, query.limit());
        var accounts = users.byIds(listed.stream().map(Mentor::id).toList()).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
        var entries = listed.stream().map(mentor -> {
            var account = accounts.get(mentor.id());
            var username = account == null ? "" : account.username().map(Object::toString).orElse("");
            return new MentorRoster.Entry(mentor, username, account == null ? "" : account.publicName());
        }).toList();
        return new MentorRoster(entries.stream().filter(entry -> !entry.mentor().verified()).toList(),
                entries.stream().filter(entry -> entry.mentor().verified()).toList());
    }
}
