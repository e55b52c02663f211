package app.bettertalk.mysql.community;

import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.community.Posts;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link Posts} in {@code group_posts}, newest first by the order they were stored. A post a moderator hid or its
 * writer deleted keeps its row, with {@code hidden_at} or {@code deleted_at} set, and is never read back.
 */
public final class JdbiPosts implements Posts {
    private static final String SHOWN = "hidden_at IS NULL AND deleted_at IS NULL";

    private final Jdbi jdbi;

    public JdbiPosts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Post> byId(PostId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM group_posts WHERE id = ? AND " + SHOWN)
                .bind(0, Columns.id(id.value())).map(JdbiPosts::post).findOne());
    }

    @Override
    public List<Post> newestInGroup(GroupId group, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM group_posts WHERE group_id = ? AND " + SHOWN + " ORDER BY seq DESC LIMIT ?")
                .bind(0, Columns.id(group.value())).bind(1, limit).map(JdbiPosts::post).list());
    }

    @Override
    public void add(Post post) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO group_posts (id, group_id, user_id, content, created_at, edited_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, Columns.id(post.id().value())).bind(1, Columns.id(post.group().value()))
                .bind(2, Columns.id(post.author().value())).bind(3, post.content())
                .bind(4, Columns.at(post.createdAt())).bind(5, post.editedAt().map(Columns::at).orElse(null))
                .execute());
    }

    @Override
    public void update(Post post) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_posts SET content = ?, edited_at = ? WHERE id = ? AND " + SHOWN)
                .bind(0, post.content()).bind(1, post.editedAt().map(Columns::at).orElse(null))
                .bind(2, Columns.id(post.id().value())).execute());
    }

    @Override
    public void hide(PostId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_posts SET hidden_at = ? WHERE id = ? AND hidden_at IS NULL")
                .bind(0, Columns.at(at)).bind(1, Columns.id(id.value())).execute());
    }

    @Override
    public void release(PostId id) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_posts SET hidden_at = NULL WHERE id = ? AND deleted_at IS NULL")
                .bind(0, Columns.id(id.value())).execute());
    }

    @Override
    public void delete(PostId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_posts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")
                .bind(0, Columns.at(at)).bind(1, Columns.id(id.value())).execute());
    }

    private static Post post(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Post(new PostId(Columns.uuid(rs, "id")), new GroupId(Columns.uuid(rs, "group_id")),
                new UserId(Columns.uuid(rs, "user_id")), rs.getString("content"), Columns.instant(rs, "created_at"),
                rs.getObject("edited_at") == null ? Optional.empty() : Optional.of(Columns.instant(rs, "edited_at")));
    }

    @Override
    public List<Post> byAuthor(UserId author, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM group_posts WHERE user_id = ? AND deleted_at IS NULL ORDER BY seq DESC LIMIT ?")
                .bind(0, Columns.id(author.value())).bind(1, limit).map(JdbiPosts::post).list());
    }

    @Override
    public void erase(PostId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE group_posts SET content = ?, edited_at = NULL, deleted_at = COALESCE(deleted_at, ?)
                        WHERE id = ?""")
                .bind(0, Post.ERASED).bind(1, Columns.at(at)).bind(2, Columns.id(id.value())).execute());
    }
}
