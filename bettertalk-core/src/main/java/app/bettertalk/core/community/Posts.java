package app.bettertalk.core.community;

import app.bettertalk.core.shared.Port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every post of every group; one a moderator hid is kept but never read back. */
@Port
public interface Posts {
    Optional<Post> byId(PostId id);

    /** The group's posts newest first, at most {@code limit}. */
    List<Post> newestInGroup(GroupId group, int limit);

    void add(Post post);

    /** Hides the post from everyone from {@code at} on; hiding it again changes nothing. */
    void hide(PostId id, Instant at);
}
