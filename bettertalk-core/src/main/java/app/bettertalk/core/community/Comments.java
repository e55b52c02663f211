package app.bettertalk.core.community;

import app.bettertalk.core.shared.UserId;
import app.bettertalk.core.shared.Port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every comment on every post; one a moderator hid or its writer deleted is kept but never read back. */
@Port
public interface Comments {
    Optional<Comment> byId(CommentId id);

    /** The comments on {@code posts}, oldest first. */
    List<Comment> onPosts(Collection<PostId> posts);

    void add(Comment comment);

    /**
     * Stores {@code comment}'s content and edited time in place of those of the stored comment of its id; a comment
     * not read back (hidden, deleted or never stored) is left as it is.
     */
    void update(Comment comment);

    /** Hides the comment from everyone from {@code at} on; hiding it again changes nothing. */
    void hide(CommentId id, Instant at);

    /** Shows a comment held for a moderator's approval to everyone; one its writer deleted stays deleted. */
    void release(CommentId id);

    /**
     * Deletes the comment for everyone from {@code at} on, keeping it for moderators; deleting it again changes
     * nothing.
     */
    void delete(CommentId id, Instant at);

    /** The comments {@code author} wrote and has not deleted (those moderators hid too), newest first. */
    List<Comment> byAuthor(UserId author, int limit);

    /** Deletes the comment for good: its text becomes {@link Post#ERASED}, the row keeps only that it was there. */
    void erase(CommentId id, Instant at);
}
