package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every mentor profile, verified or not. */
@Port
public interface Mentors {
    Optional<Mentor> byId(UserId id);

    /** The mentors among {@code ids}, in no particular order. */
    List<Mentor> byIds(Collection<UserId> ids);

    /** Mentors oldest application first, only the unverified ones when {@code unverifiedOnly}. */
    List<Mentor> list(boolean unverifiedOnly, int limit);

    /** Stores a new mentor profile; {@code Conflict("already_a_mentor")} if the user has one. */
    void add(Mentor mentor);

    void update(Mentor mentor);
}
