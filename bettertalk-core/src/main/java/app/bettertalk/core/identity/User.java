package app.bettertalk.core.identity;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A person's account: their Google identity, role, and once onboarded, their profile. Immutable. */
public final class User {
    private final UserId id;
    private final GoogleSubject googleSubject;
    private final EmailAddress email;
    private final String googleName;
    private final Role role;
    private final Profile profile;
    private final Instant createdAt;
    private final Instant updatedAt;

    private User(UserId id, GoogleSubject googleSubject, EmailAddress email, String googleName, Role role,
                 Profile profile, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.googleSubject = Objects.requireNonNull(googleSubject);
        this.email = Objects.requireNonNull(email);
        this.googleName = Objects.requireNonNull(googleName);
        this.role = Objects.requireNonNull(role);
        this.profile = profile;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** How an erased account appears to everyone else. */
    public static final String DELETED_MEMBER = "deleted member";

    /** A first sign-in: a plain user who still has to onboard. */
    public static User signedUp(UserId id, GoogleSubject subject, EmailAddress email, String googleName, Instant at) {
        return new User(id, subject, email, googleName, Role.USER, null, at, at);
    }

    /** An account read back from storage that has not onboarded yet. */
    public static User restore(UserId id, GoogleSubject subject, EmailAddress email, String googleName, Role role,
                               Instant createdAt, Instant updatedAt) {
        return new User(id, subject, email, googleName, role, null, createdAt, updatedAt);
    }

    /** An onboarded account read back from storage. */
    public static User restore(UserId id, GoogleSubject subject, EmailAddress email, String googleName, Role role,
                               Profile profile, Instant createdAt, Instant updatedAt) {
        return new User(id, subject, email, googleName, role, Objects.requireNonNull(profile), createdAt, updatedAt);
    }

    /** Onboarding, once: a second attempt would change the username, which never changes. */
    public User onboard(Profile first, Instant at) {
        if (profile != null) {
            throw new DomainException.Conflict("already_onboarded",
                    "Onboarding is done; your anonymous username cannot change.");
        }
        return new User(id, googleSubject, email, googleName, role, first, createdAt, at);
    }

    public User editProfile(PhoneNumber phone, int age, String displayName, String bio, Instant at) {
        var current = profile().orElseThrow(
                () -> new DomainException.Forbidden("onboarding_required", "Finish onboarding first."));
        return new User(id, googleSubject, email, googleName, role, current.edited(phone, age, displayName, bio),
                createdAt, at);
    }

    public User withRole(Role newRole, Instant at) {
        return new User(id, googleSubject, email, googleName, newRole, profile, createdAt, at);
    }

    /** Google may report a new email or name for the same account; the account follows. */
    public User withGoogleDetails(EmailAddress newEmail, String newGoogleName, Instant at) {
        if (email.equals(newEmail) && googleName.equals(newGoogleName)) {
            return this;
        }
        return new User(id, googleSubject, newEmail, newGoogleName, role, profile, createdAt, at);
    }

    /** What a Google subject of an erased account starts with: no Google account can ever match it. */
    private static final String ERASED = "erased:";

    /**
     * The account after "Delete my account": no email, Google account, name, phone, age, username or bio remain; the
     * row stays so what others keep (a chat, a booking) still points somewhere, shown as "deleted member".
     */
    public User erased(Instant at) {
        return new User(id, new GoogleSubject(ERASED + id.value()), new EmailAddress(id.value() + "@erased.invalid"),
                "", Role.USER, null, createdAt, at);
    }

    /** Whether this account was erased: it cannot sign in, and others see it as "deleted member". */
    public boolean erased() {
        return googleSubject.value().startsWith(ERASED);
    }

    public Actor asActor() {
        return new Actor(id, role, onboarded());
    }

    public boolean onboarded() {
        return profile != null;
    }

    /** How others see this person: the display name they chose to show, else their anonymous username. */
    public String publicName() {
        if (erased()) {
            return DELETED_MEMBER;
        }
        if (profile == null) {
            return "";
        }
        return profile.displayName().isEmpty() ? profile.username().value() : profile.displayName();
    }

    public UserId id() {
        return id;
    }

    public GoogleSubject googleSubject() {
        return googleSubject;
    }

    public EmailAddress email() {
        return email;
    }

    /** The name on the Google account: private, like the email; never shown to other people. */
    public String googleName() {
        return googleName;
    }

    public Role role() {
        return role;
    }

    public Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    public Optional<AnonymousUsername> username() {
        return profile().map(Profile::username);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether the account is still new at {@code now}: younger than {@code newFor}, the tighter-rules period. */
    public boolean isNewAt(Instant now, Duration newFor) {
        return createdAt.plus(newFor).isAfter(now);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof User other && id.equals(other.id) && googleSubject.equals(other.googleSubject)
                && email.equals(other.email) && googleName.equals(other.googleName) && role == other.role
                && Objects.equals(profile, other.profile) && createdAt.equals(other.createdAt)
                && updatedAt.equals(other.updatedAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + role + (profile == null ? ", not onboarded" : ", " + profile.username()) + "]";
    }
}
