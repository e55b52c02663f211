package app.bettertalk.core.identity;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.Set;

/** The people a member has blocked: theirs alone to know. */
@UseCase
public final class ListBlocked {
    private final Blocks blocks;
    private final AccessPolicy access;

    public ListBlocked(Blocks blocks, AccessPolicy access) {
        this.blocks = blocks;
        this.access = access;
    }

    public Set<UserId> list(Actor actor) {
        access.requireOnboarded(actor);
        return Set.copyOf(blocks.blockedBy(actor.id()));
    }
}
