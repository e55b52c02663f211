package app.bettertalk.core.identity;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

/** Turns the user id behind a session into the {@link Actor} every other use case takes, read fresh each time. */
@UseCase
public final class IdentifyActor {
    private final Users users;

    public IdentifyActor(Users users) {
        this.users = users;
    }

    public Actor identify(UserId user) {
        return users.byId(user).map(User::asActor).orElseThrow(() -> new DomainException.NotFound("user"));
    }
}
