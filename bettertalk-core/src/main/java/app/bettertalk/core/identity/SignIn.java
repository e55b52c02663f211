package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A verified Google sign-in: finds the account by Google subject, or creates it on the first sign-in. A suspended or
 * banned person is refused, with when they may come back.
 */
@UseCase
public final class SignIn {
    private final Users users;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Suspensions suspensions;

    public SignIn(Users users, UnitOfWork unitOfWork, Clock clock, Suspensions suspensions) {
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.suspensions = suspensions;
    }

    /** The longest name a Google account may bring; a longer one is refused before anything is stored. */
    public static final int NAME_MAX = 255;

    /** Input of {@link SignIn}: what a verified Google ID token says. */
    public record Command(GoogleSubject subject, EmailAddress email, String name) {
        public Command {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(email, "email");
            // Private and never shown, but bounded to what the account can keep.
            name = Text.optional("name", name, NAME_MAX);
        }
    }

    /** The account, and whether this sign-in created it. */
    public record SignedIn(User user, boolean firstTime) {
    }

    public SignedIn signIn(Command command) {
        try {
            return unitOfWork.inTransaction(() -> signInOnce(command));
        } catch (DomainException.Conflict raced) {
            // Two first sign-ins of one account raced; the other one created it, so this one finds it.
            return unitOfWork.inTransaction(() -> signInOnce(command));
        }
    }

    private SignedIn signInOnce(Command command) {
        var now = clock.instant();
        var existing = users.byGoogleSubject(command.subject());
        if (existing.isPresent()) {
            var current = existing.get();
            suspensions.inForce(current.id(), now).ifPresent(SignIn::refuse);
            var refreshed = current.withGoogleDetails(command.email(), command.name(), now);
            if (refreshed != current) {
                users.update(refreshed);
            }
            return new SignedIn(refreshed, false);
        }
        var created = User.signedUp(UserId.random(), command.subject(), command.email(), command.name(), now);
        users.add(created);
        return new SignedIn(created, true);
    }

    private static void refuse(Suspension suspension) {
        if (suspension.isBan()) {
            throw new DomainException.Forbidden("banned",
                    "This account has been banned by BetterTalk's moderators and cannot sign in.");
        }
        throw new DomainException.Forbidden("suspended", "This account is suspended by BetterTalk's moderators until "
                + DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                .format(suspension.until().orElseThrow().atOffset(ZoneOffset.UTC)) + ".");
    }
}
