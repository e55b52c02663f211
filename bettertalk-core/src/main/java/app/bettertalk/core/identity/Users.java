package app.bettertalk.core.identity;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every account, findable by id, Google subject, email and anonymous username, where a username is one with every
 * name that looks like it: the store keeps each username's {@link app.bettertalk.core.shared.NameSkeletons skeleton}
 * unique, taken by the store's own {@code NameSkeletons} when the account takes its username.
 */
@Port
public interface Users {
    Optional<User> byId(UserId id);

    Optional<User> byGoogleSubject(GoogleSubject subject);

    /** The account that signed in with this email most recently, if any. */
    Optional<User> byEmail(EmailAddress email);

    /**
     * The account whose anonymous username looks like {@code name}, any text: the same skeleton, so neither case nor
     * look-alike letters ({@code I} and {@code l}, {@code rn} and {@code m}, Cyrillic {@code а} and Latin {@code a})
     * tell them apart.
     */
    Optional<User> byUsernameLike(String name);

    /** The accounts among {@code ids} that exist, in no particular order. */
    List<User> byIds(Collection<UserId> ids);

    /** Accounts with {@code role}, oldest first, at most {@code limit}. */
    List<User> withRole(Role role, int limit);

    /**
     * Stores a new account; {@code Conflict("google_account_taken")} if its Google subject has one already, and, for
     * an account stored onboarded, {@code Conflict("username_taken")} as {@link #update}.
     */
    void add(User user);

    /**
     * Replaces a stored account; {@code Conflict("username_taken")} if another account holds a username that looks
     * like its own (the same skeleton, so the same ignoring case too). The store enforces this itself (a unique key),
     * so two people racing for one name, or for two that look alike, get one success.
     */
    void update(User user);

    /** Records that {@code user} agreed to a version of the terms; agreeing to the same version again changes nothing. */
    void recordConsent(UserId user, Consent consent);

    /** Every version of the terms {@code user} agreed to, oldest first. */
    List<Consent> consentsOf(UserId user);
}
