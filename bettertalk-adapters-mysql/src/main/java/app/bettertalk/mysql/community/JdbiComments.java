package app.bettertalk.mysql.community;

import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.CommentId;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.Comments;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link Comments} in {@code group_comments}, oldest first by the order they were stored. A comment a moderator hid
 * or its writer deleted keeps its row, with {@code hidden_at} or {@code deleted_at} set, and is never read back.
 */
public final class JdbiComments implements Comments {
    private static final String SHOWN = "hidden_at IS NULL AND deleted_at IS NULL";

    private final Jdbi jdbi;

    public JdbiComments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Comment> byId(CommentId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM group_comments WHERE id = ? AND " + SHOWN)
                .bind(0, Columns.id(id.value())).map((rs, ctx) -> comment(rs)).findOne());
    }

    @Override
    public List<Comment> onPosts(Collection<PostId> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM group_comments WHERE post_id IN (<ids>) AND " + SHOWN + " ORDER BY seq")
                .bindList("ids", posts.stream().map(id -> Columns.id(id.value())).toList())
                .map((rs, ctx) -> comment(rs))
                .list());
    }

    @Override
    public void hide(CommentId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_comments SET hidden_at = ? WHERE id = ? AND hidden_at IS NULL")
                .bind(0, Columns.at(at)).bind(1, Columns.id(id.value())).execute());
    }

    @Override
    public void release(CommentId id) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_comments SET hidden_at = NULL WHERE id = ? AND deleted_at IS NULL")
                .bind(0, Columns.id(id.value())).execute());
    }

    @Override
    public void delete(CommentId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_comments SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")
                .bind(0, Columns.at(at)).bind(1, Columns.id(id.value())).execute());
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        return new Comment(new CommentId(Columns.uuid(rs, "id")), new PostId(Columns.uuid(rs, "post_id")),
                new UserId(Columns.uuid(rs, "user_id")), rs.getString("content"), Columns.instant(rs, "created_at"),
                rs.getObject("edited_at") == null ? Optional.empty() : Optional.of(Columns.instant(rs, "edited_at")));
    }

    @Override
    public void add(Comment comment) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO group_comments (id, post_id, user_id, content, created_at, edited_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, Columns.id(comment.id().value())).bind(1, Columns.id(comment.post().value()))
                .bind(2, Columns.id(comment.author().value())).bind(3, comment.content())
                .bind(4, Columns.at(comment.createdAt())).bind(5, comment.editedAt().map(Columns::at).orElse(null))
                .execute());
    }

    @Override
    public void update(Comment comment) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE group_comments SET content = ?, edited_at = ? WHERE id = ? AND " + SHOWN)
                .bind(0, comment.content()).bind(1, comment.editedAt().map(Columns::at).orElse(null))
                .bind(2, Columns.id(comment.id().value())).execute());
    }

    @Override
    public List<Comment> byAuthor(UserId author, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM group_comments WHERE user_id = ? AND deleted_at IS NULL ORDER BY seq DESC LIMIT ?")
                .bind(0, Columns.id(author.value())).bind(1, limit).map((rs, ctx) -> comment(rs)).list());
    }

    @Override
    public void erase(CommentId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE group_comments SET content = ?, edited_at = NULL, deleted_at = COALESCE(deleted_at, ?)
                        WHERE id = ?""")
                .bind(0, Post.ERASED).bind(1, Columns.at(at)).bind(2, Columns.id(id.value())).execute());
    }
}
