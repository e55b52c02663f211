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

/** {@link Posts} in {@code group_posts}, newest first by the order they were stored. */
public final class JdbiPosts implements Posts {
    private final Jdbi jdbi;

    public JdbiPosts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Post> byId(PostId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM group_posts WHERE id = ? AND hidden_at IS NULL")
                .bind(0, Columns.id(id.value())).map(JdbiPosts::post).findOne());
    }

    @Override
    public List<Post> newestInGroup(GroupId group, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM group_posts WHERE group_id = ? AND hidden_at IS NULL ORDER BY seq DESC LIMIT ?")
                .bind(0, Columns.id(group.value())).bind(1, limit).map(JdbiPosts::post).list());
    }

    @Override
    public void add(Post post) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO group_posts (id, group_id, user_id, content, created_at) VALUES (?, ?, ?, ?, ?)")
                .bind(0, Columns.id(post.id().value())).bind(1, Columns.id(post.group().value()))
                .bind(2, Columns.id(post.author().value())).bind(3, post.content())
                .bind(4, Columns.at(post.createdAt())).execute());
    }

    @Override
    public void hide(PostId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_posts SET hidden_at = ? WHERE id = ? AND hidden_at IS NULL")
                .bind(0, Columns.at(at)).bind(1, Columns.id(id.value())).execute());
    }

    private static Post post(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Post(new PostId(Columns.uuid(rs, "id")), new GroupId(Columns.uuid(rs, "group_id")),
                new UserId(Columns.uuid(rs, "user_id")), rs.getString("content"), Columns.instant(rs, "created_at"));
    }
}
