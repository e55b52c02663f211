package app.bettertalk.core.identity;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Objects;

/**
 * A member blocks another, or lifts the block. While it lasts neither can message the other, the blocked person's
 * posts and comments are hidden from the blocker, and the blocker gets no emails about them. The blocked person is
 * never told: their messages seem to go out, and reach no one.
 */
@UseCase
public final class ChangeBlock {
    private final Users users;
    private final Blocks blocks;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeBlock(Users users, Blocks blocks, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.blocks = blocks;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ChangeBlock}: {@code blocked} false lifts the block. */
    public record Command(Actor actor, UserId who, boolean blocked) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(who, "who");
        }
    }

    public void change(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        if (actor.is(command.who())) {
            throw new DomainException.Validation("who", "you cannot block yourself");
        }
        unitOfWork.inTransaction(() -> {
            users.byId(command.who()).filter(User::onboarded)
                    .orElseThrow(() -> new DomainException.NotFound("member"));
            if (command.blocked()) {
                blocks.block(actor.id(), command.who(), clock.instant());
            } else {
                blocks.unblock(actor.id(), command.who());
            }
            return null;
        });
    }
}
