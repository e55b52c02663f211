package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An admin creates many groups at once from a list, all or nothing: a group whose name exists (ignoring case) is
 * skipped, so running the same list again creates nothing new.
 */
@UseCase
public final class SeedGroups {
    private final Groups groups;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SeedGroups(Groups groups, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.groups = groups;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** One group to have: its name and description, checked as a group's are. */
    public record Draft(String name, String description) {
        /** Checked as a group's are, so a list can say which of its entries is wrong before anything is made. */
        public Draft {
            name = Text.required("name", name, 80);
            description = Text.optional("description", description, 500);
        }
    }

    /** Input of {@link SeedGroups}; the same name twice in one list is refused. */
    public record Command(Actor actor, List<Draft> drafts) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            drafts = List.copyOf(drafts);
            var seen = new HashSet<String>();
            for (var i = 0; i < drafts.size(); i++) {
                var name = drafts.get(i).name() == null ? "" : drafts.get(i).name().strip();
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw new DomainException.Validation("groups[" + i + "].name", "appears twice: " + name);
                }
            }
        }
    }

    /** The names created and the names that already existed. */
    public record Report(List<String> created, List<String> skipped) {
    }

    public Report seed(Command command) {
        access.requireAdmin(command.actor());
        return unitOfWork.inTransaction(() -> {
            var now = clock.instant();
            var created = new ArrayList<String>();
            var skipped = new ArrayList<String>();
            for (var draft : command.drafts()) {
                var group = new Group(GroupId.random(), draft.name(), draft.description(), command.actor().id(), now);
                if (groups.byName(group.name()).isPresent()) {
                    skipped.add(group.name());
                } else {
                    groups.add(group);
                    created.add(group.name());
                }
            }
            return new Report(created, skipped);
        });
    }
}
