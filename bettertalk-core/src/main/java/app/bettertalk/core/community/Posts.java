package app.bettertalk.core.community;

import app.bettertalk.core.shared.UserId;
import app.bettertalk.core.shared.Port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every post of every group; one a moderator hid or its writer deleted is kept but never read back. */
@Port
public interface Posts {
    Optional<Post> byId(PostId id);

    /** The group's posts newest first, at most {@code limit}. */
    List<Post> newestInGroup(GroupId group, int limit);

    void add(Post post);

    /**
     * Stores {@code post}'s content and edited time in place of those of the stored post of its id; a post not read
     * back (hidden, deleted or never stored) is left as it is.
     */
    void update(Post post);

    /** Hides the post from everyone from {@code at} on; hiding it again changes nothing. */
    void hide(PostId id, Instant at);

    /** Shows a post held for a moderator's approval to everyone; one its writer deleted stays deleted. */
    void release(PostId id);

    /**
     * Deletes the post for everyone from {@code at} on, keeping it for moderators; deleting it again changes
     * nothing.
     */
    void delete(PostId id, Instant at);

    /** The posts {@code author} wrote and has not deleted (those moderators hid too), newest first. */
    List<Post> byAuthor(UserId author, int limit);

    /** Deletes the post for good: its text becomes {@link Post#ERASED}, the row keeps only that it was there. */
    void erase(PostId id, Instant at);
}
