package app.bettertalk.core.community;

import app.bettertalk.core.shared.Port;

import java.util.Collection;
import java.util.List;

/** Every comment on every post. */
@Port
public interface Comments {
    /** The comments on {@code posts}, oldest first. */
    List<Comment> onPosts(Collection<PostId> posts);

    void add(Comment comment);
}
