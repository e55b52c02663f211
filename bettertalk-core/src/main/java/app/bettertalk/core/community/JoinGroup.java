package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/** Any onboarded person joins a group; joining again changes nothing. */
@UseCase
public final class JoinGroup {
    private final Groups groups;
    private final Memberships memberships;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public JoinGroup(Groups groups, Memberships memberships, AccessPolicy access, UnitOfWork unitOfWork,
                     Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link JoinGroup}. */
    public record Command(Actor actor, GroupId group) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(group, "group");
        }
    }

    /** True if the actor was not a member before. */
    public boolean join(Command command) {
        access.requireOnboarded(command.actor());
        return unitOfWork.inTransaction(() -> {
            groups.byId(command.group()).orElseThrow(() -> new DomainException.NotFound("group"));
            return memberships.join(command.group(), command.actor().id(), clock.instant());
        });
    }
}
