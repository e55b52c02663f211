package app.bettertalk.core.identity;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.Objects;

/** Shows a profile: the public fields to any onboarded person, email and phone to the owner and admins only. */
@UseCase
public final class ViewProfile {
    private final Users users;
    private final AccessPolicy access;

    public ViewProfile(Users users, AccessPolicy access) {
        this.users = users;
        this.access = access;
    }

    /** Input of {@link ViewProfile}: who looks at whose profile. */
    public record Query(Actor actor, UserId whose) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(whose, "whose");
        }
    }

    public ProfileView view(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var user = users.byId(query.whose()).orElseThrow(() -> new DomainException.NotFound("profile"));
        var profile = user.profile().orElseThrow(() -> new DomainException.NotFound("profile"));
        var shown = access.maySeePrivateFields(actor, user.id());
        return new ProfileView(user.id(), profile.username().value(), profile.displayName(), profile.bio(),
                profile.age(), user.role(), shown, shown ? user.email().value() : "",
                shown ? profile.phone().e164() : "", actor.is(user.id()));
    }
}
