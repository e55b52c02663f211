package app.bettertalk.core.identity;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every account, findable by id, Google subject, email and anonymous username (ignoring case). */
@Port
public interface Users {
    Optional<User> byId(UserId id);

    Optional<User> byGoogleSubject(GoogleSubject subject);

    /** The account that signed in with this email most recently, if any. */
    Optional<User> byEmail(EmailAddress email);

    Optional<User> byUsername(AnonymousUsername username);

    /** The accounts among {@code ids} that exist, in no particular order. */
    List<User> byIds(Collection<UserId> ids);

    /** Accounts with {@code role}, oldest first, at most {@code limit}. */
    List<User> withRole(Role role, int limit);

    /** Stores a new account; {@code Conflict("google_account_taken")} if its Google subject has one already. */
    void add(User user);

    /**
     * Replaces a stored account; {@code Conflict("username_taken")} if another account holds its username ignoring
     * case. The store enforces this itself (a unique key), so two people racing for a name get one success.
     */
    void update(User user);
}
