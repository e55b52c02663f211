package app.bettertalk.core.community;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Who belongs to which group. Joining twice or leaving twice changes nothing. */
@Port
public interface Memberships {
    /** True if {@code user} was not a member and now is. */
    boolean join(GroupId group, UserId user, Instant at);

    /** True if {@code user} was a member and now is not. */
    boolean leave(GroupId group, UserId user);

    boolean isMember(GroupId group, UserId user);

    /** Member counts of {@code groups}; a group with no members may be absent. */
    Map<GroupId, Integer> memberCounts(Collection<GroupId> groups);

    /** The groups {@code user} belongs to, in the order they joined. */
    List<GroupId> groupsOf(UserId user);
}
