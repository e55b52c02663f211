package app.bettertalk.core.admin;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Objects;

/**
 * An admin (usually the operator at the command line) makes someone a moderator or takes it back. An admin already
 * moderates, so making an admin a moderator changes nothing; taken back, a person with a mentor profile is a mentor
 * again, anyone else a user.
 */
@UseCase
public final class ChangeModeratorRole {
    private final Users users;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeModeratorRole(Users users, Mentors mentors, AccessPolicy access, UnitOfWork unitOfWork,
                               Clock clock) {
        this.users = users;
        this.mentors = mentors;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ChangeModeratorRole}: {@code moderator} false takes the role back. */
    public record Command(Actor actor, UserId who, boolean moderator) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(who, "who");
        }
    }

    /** The account as it is now; asking for the role it already has changes nothing. */
    public User change(Command command) {
        access.requireAdmin(command.actor());
        return unitOfWork.inTransaction(() -> {
            var user = users.byId(command.who()).orElseThrow(() -> new DomainException.NotFound("user"));
            if (user.role() == Role.ADMIN || (user.role() == Role.MODERATOR) == command.moderator()) {
                return user;
            }
            var role = command.moderator() ? Role.MODERATOR
                    : mentors.byId(user.id()).isPresent() ? Role.MENTOR : Role.USER;
            var changed = user.withRole(role, clock.instant());
            users.update(changed);
            return changed;
        });
    }
}
