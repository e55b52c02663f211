package app.bettertalk.core.community;

import app.bettertalk.core.shared.UserId;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** {@link Comments} in memory. */
public final class InMemoryComments implements Comments, InMemoryState {
    private final InMemoryTable<CommentId, Comment> table = new InMemoryTable<>();
    private final InMemoryTable<CommentId, Instant> hidden = new InMemoryTable<>();
    private final InMemoryTable<CommentId, Instant> deleted = new InMemoryTable<>();

    @Override
    public Optional<Comment> byId(CommentId id) {
        return table.get(id).filter(this::shown);
    }

    @Override
    public List<Comment> onPosts(Collection<PostId> posts) {
        var wanted = new HashSet<>(posts);
        return table.rows(comment -> wanted.contains(comment.post()) && shown(comment));
    }

    @Override
    public void hide(CommentId id, Instant at) {
        if (table.contains(id)) {
            hidden.putIfAbsent(id, at);
        }
    }

    @Override
    public void release(CommentId id) {
        if (!deleted.contains(id)) {
            hidden.remove(id);
        }
    }

    @Override
    public void delete(CommentId id, Instant at) {
        if (table.contains(id)) {
            deleted.putIfAbsent(id, at);
        }
    }

    @Override
    public void add(Comment comment) {
        if (!table.putIfAbsent(comment.id(), comment)) {
            throw new IllegalStateException("comment " + comment.id() + " is stored already");
        }
    }

    @Override
    public void update(Comment comment) {
        byId(comment.id()).ifPresent(stored -> table.put(stored.id(),
                new Comment(stored.id(), stored.post(), stored.author(), comment.content(), stored.createdAt(),
                        comment.editedAt())));
    }

    private boolean shown(Comment comment) {
        return !hidden.contains(comment.id()) && !deleted.contains(comment.id());
    }

    @Override
    public Object snapshot() {
        return List.of(table.snapshot(), hidden.snapshot(), deleted.snapshot());
    }

    @Override
    public void restore(Object snapshot) {
        table.restore(((List<?>) snapshot).get(0));
        hidden.restore(((List<?>) snapshot).get(1));
        deleted.restore(((List<?>) snapshot).get(2));
    }

    @Override
    public List<Comment> byAuthor(UserId author, int limit) {
        return table.rows(comment -> comment.author().equals(author) && !deleted.contains(comment.id())).reversed()
                .stream().limit(limit).toList();
    }

    @Override
    public void erase(CommentId id, Instant at) {
        table.get(id).ifPresent(comment -> {
            table.put(id, new Comment(comment.id(), comment.post(), comment.author(), Post.ERASED,
                    comment.createdAt(), Optional.empty(), false));
            deleted.putIfAbsent(id, at);
        });
    }
}
