package app.bettertalk.core.community;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.util.List;
import java.util.Optional;

/** {@link Posts} in memory. */
public final class InMemoryPosts implements Posts, InMemoryState {
    private final InMemoryTable<PostId, Post> table = new InMemoryTable<>();

    @Override
    public Optional<Post> byId(PostId id) {
        return table.get(id);
    }

    @Override
    public List<Post> newestInGroup(GroupId group, int limit) {
        return table.rows(post -> post.group().equals(group)).reversed().stream().limit(limit).toList();
    }

    @Override
    public void add(Post post) {
        if (!table.putIfAbsent(post.id(), post)) {
            throw new IllegalStateException("post " + post.id() + " is stored already");
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
