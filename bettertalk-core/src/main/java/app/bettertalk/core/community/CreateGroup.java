package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/** An admin (or the operator seeding groups) opens a new topic group. */
@UseCase
public final class CreateGroup {
    private final Groups groups;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CreateGroup(Groups groups, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.groups = groups;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link CreateGroup}. */
    public record Command(Actor actor, String name, String description) {
        public Command {
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** The new group; {@code Conflict("group_name_taken")} when a group of that name exists, ignoring case. */
    public Group create(Command command) {
        access.requireAdmin(command.actor());
        return unitOfWork.inTransaction(() -> {
            var group = new Group(GroupId.random(), command.name(), command.description(), command.actor().id(),
                    clock.instant());
            groups.add(group);
            return group;
        });
    }
}
