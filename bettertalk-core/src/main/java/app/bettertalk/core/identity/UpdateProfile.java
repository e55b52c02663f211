package app.bettertalk.core.identity;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * Edits one's own profile: display name, bio, age and phone. The anonymous username is not among them. A new display
 * name may not look like another member's username or a reserved word ({@link Lookalikes}).
 */
@UseCase
public final class UpdateProfile {
    private final Users users;
    private final Lookalikes lookalikes;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final AgeLimits ageLimits;

    public UpdateProfile(Users users, Lookalikes lookalikes, AccessPolicy access, UnitOfWork unitOfWork, Clock clock,
                         AgeLimits ageLimits) {
        this.users = users;
        this.lookalikes = lookalikes;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ageLimits = ageLimits;
    }

    /** Input of {@link UpdateProfile}: the new values of every editable field. */
    public record Command(Actor actor, String displayName, String bio, String age, String phone) {
        public Command {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public User update(Command command) {
        access.requireOnboarded(command.actor());
        var phone = PhoneNumber.parse(command.phone());
        var age = ageLimits.check(command.age());
        return unitOfWork.inTransaction(() -> {
            var user = users.byId(command.actor().id()).orElseThrow(() -> new DomainException.NotFound("user"));
            var edited = user.editProfile(phone, age, command.displayName(), command.bio(), clock.instant());
            var name = edited.profile().map(Profile::displayName).orElse("");
            // A name kept as it was is not checked again, as Profile does; none at all shows the username.
            if (!name.isEmpty() && !name.equals(user.profile().map(Profile::displayName).orElse(""))) {
                lookalikes.checkShownName("displayName", name, user.id());
            }
            users.update(edited);
            return edited;
        });
    }
}
