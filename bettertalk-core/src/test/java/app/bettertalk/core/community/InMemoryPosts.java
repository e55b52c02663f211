package app.bettertalk.core.community;

import app.bettertalk.core.shared.UserId;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link Posts} in memory. */
public final class InMemoryPosts implements Posts, InMemoryState {
    private final InMemoryTable<PostId, Post> table = new InMemoryTable<>();
    private final InMemoryTable<PostId, Instant> hidden = new InMemoryTable<>();
    private final InMemoryTable<PostId, Instant> deleted = new InMemoryTable<>();

    @Override
    public Optional<Post> byId(PostId id) {
        return table.get(id).filter(this::shown);
    }

    @Override
    public List<Post> newestInGroup(GroupId group, int limit) {
        return table.rows(post -> post.group().equals(group) && shown(post)).reversed().stream()
                .limit(limit).toList();
    }

    @Override
    public void hide(PostId id, Instant at) {
        if (table.contains(id)) {
            hidden.putIfAbsent(id, at);
        }
    }

    @Override
    public void release(PostId id) {
        if (!deleted.contains(id)) {
            hidden.remove(id);
        }
    }

    @Override
    public void delete(PostId id, Instant at) {
        if (table.contains(id)) {
            deleted.putIfAbsent(id, at);
        }
    }

    @Override
    public void add(Post post) {
        if (!table.putIfAbsent(post.id(), post)) {
            throw new IllegalStateException("post " + post.id() + " is stored already");
        }
    }

    @Override
    public void update(Post post) {
        byId(post.id()).ifPresent(stored -> table.put(stored.id(),
                new Post(stored.id(), stored.group(), stored.author(), post.content(), stored.createdAt(),
                        post.editedAt())));
    }

    private boolean shown(Post post) {
        return !hidden.contains(post.id()) && !deleted.contains(post.id());
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
    public List<Post> byAuthor(UserId author, int limit) {
        return table.rows(post -> post.author().equals(author) && !deleted.contains(post.id())).reversed().stream()
                .limit(limit).toList();
    }

    @Override
    public void erase(PostId id, Instant at) {
        table.get(id).ifPresent(post -> {
            table.put(id, new Post(post.id(), post.group(), post.author(), Post.ERASED, post.createdAt(),
                    Optional.empty(), false));
            deleted.putIfAbsent(id, at);
        });
    }
}
