package app.bettertalk.core.community;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/** {@link Comments} in memory. */
public final class InMemoryComments implements Comments, InMemoryState {
    private final InMemoryTable<CommentId, Comment> table = new InMemoryTable<>();

    @Override
    public List<Comment> onPosts(Collection<PostId> posts) {
        var wanted = new HashSet<>(posts);
        return table.rows(comment -> wanted.contains(comment.post()));
    }

    @Override
    public void add(Comment comment) {
        if (!table.putIfAbsent(comment.id(), comment)) {
            throw new IllegalStateException("comment " + comment.id() + " is stored already");
        }
    }

    @Override
    public Object snapshot() {
        return table.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        table.restore(snapshot);
    }
}
