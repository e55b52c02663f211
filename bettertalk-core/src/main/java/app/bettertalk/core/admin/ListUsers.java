package app.bettertalk.core.admin;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** An admin lists accounts, oldest first, all roles or one. */
@UseCase
public final class ListUsers {
    private final Users users;
    private final AccessPolicy access;

    public ListUsers(Users users, AccessPolicy access) {
        this.users = users;
        this.access = access;
    }

    /** Input of {@link ListUsers}: {@code roles} to include (all of them for everyone). */
    public record Query(Actor actor, List<Role> roles, int limit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            roles = roles == null || roles.isEmpty() ? List.of(Role.values()) : List.copyOf(roles);
            if (limit < 1 || limit > 100_000) {
                throw new DomainException.Validation("limit", "must be 1 to 100000");
            }
        }
    }

    public List<User> list(Query query) {
        access.requireAdmin(query.actor());
        var found = new ArrayList<User>();
        query.roles().forEach(role -> found.addAll(users.withRole(role, query.limit())));
        return found.stream().sorted(Comparator.comparing(User::createdAt)).limit(query.limit()).toList();
    }
}
