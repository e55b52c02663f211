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
 * An admin (usually the operator at the command line) makes someone an admin or takes it back. Taken back, a person
 * with a mentor profile is a mentor again, anyone else a user. Nobody takes their own admin role away here, so an
 * admin cannot lock the last admin out by mistake.
 */
@UseCase
public final class ChangeAdminRole {
    private final Users users;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeAdminRole(Users users, Mentors mentors, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.mentors = mentors;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ChangeAdminRole}: {@code admin} false takes the role back. */
    public record Command(Actor actor, UserId who, boolean admin) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(who, "who");
        }
    }

    /** The account as it is now; asking for the role it already has changes nothing. */
    public User change(Command command) {
        access.requireAdmin(command.actor());
        if (!command.admin() && command.actor().is(command.who())) {
            throw new DomainException.Forbidden("own_admin_role", "You cannot take away your own admin role.");
        }
        return unitOfWork.inTransaction(() -> {
            var user = users.byId(command.who()).orElseThrow(() -> new DomainException.NotFound("user"));
            var role = command.admin() ? Role.ADMIN
                    : mentors.byId(user.id()).isPresent() ? Role.MENTOR : Role.USER;
            if (user.role() == role || (!command.admin() && user.role() != Role.ADMIN)) {
                return user;
            }
            var changed = user.withRole(role, clock.instant());
            users.update(changed);
            return changed;
        });
    }
}
