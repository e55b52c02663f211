package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/** A member leaves a group; their posts stay. Leaving again changes nothing. */
@UseCase
public final class LeaveGroup {
    private final Groups groups;
    private final Memberships memberships;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;

    public LeaveGroup(Groups groups, Memberships memberships, AccessPolicy access, UnitOfWork unitOfWork) {
        this.groups = groups;
        this.memberships = memberships;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    /** Input of {@link LeaveGroup}. */
    public record Command(Actor actor, GroupId group) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(group, "group");
        }
    }

    /** True if the actor was a member before. */
    public boolean leave(Command command) {
        access.requireOnboarded(command.actor());
        return unitOfWork.inTransaction(() -> {
            groups.byId(command.group()).orElseThrow(() -> new DomainException.NotFound("group"));
            return memberships.leave(command.group(), command.actor().id());
        });
    }
}
