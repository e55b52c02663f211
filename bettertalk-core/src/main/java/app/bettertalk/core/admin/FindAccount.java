package app.bettertalk.core.admin;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.Objects;

/** An admin looks up one account by its id or its email, onboarded or not. */
@UseCase
public final class FindAccount {
    private final Users users;
    private final AccessPolicy access;

    public FindAccount(Users users, AccessPolicy access) {
        this.users = users;
        this.access = access;
    }

    /** Input of {@link FindAccount}: {@code who} is a user id or an email address. */
    public record Query(Actor actor, String who) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            who = who == null ? "" : who.strip();
            if (who.isEmpty()) {
                throw new DomainException.Validation("who", "must be a user id or an email address");
            }
        }
    }

    public User find(Query query) {
        access.requireAdmin(query.actor());
        var found = query.who().contains("@")
                ? users.byEmail(new EmailAddress(query.who()))
                : users.byId(UserId.parse("who", query.who()));
        return found.orElseThrow(() -> new DomainException.NotFound("user"));
    }
}
