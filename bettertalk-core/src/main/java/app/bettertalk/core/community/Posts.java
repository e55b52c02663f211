package app.bettertalk.core.community;

import app.bettertalk.core.shared.Port;

import java.util.List;
import java.util.Optional;

/** Every post of every group. */
@Port
public interface Posts {
    Optional<Post> byId(PostId id);

    /** The group's posts newest first, at most {@code limit}. */
    List<Post> newestInGroup(GroupId group, int limit);

    void add(Post post);
}
