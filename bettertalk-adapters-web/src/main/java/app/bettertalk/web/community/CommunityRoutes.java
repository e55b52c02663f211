package app.bettertalk.web.community;

import app.bettertalk.core.community.DeleteComment;
import app.bettertalk.core.community.DeletePost;
import app.bettertalk.core.community.EditComment;
import app.bettertalk.core.community.EditPost;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.LeaveGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.ViewOwnComment;
import app.bettertalk.core.community.ViewOwnPost;
import app.bettertalk.core.community.ViewPost;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/**
 * Groups, their posts and comments, and their writers' edits and deletions: the pages and {@code /api/v1/groups},
 * {@code /api/v1/posts}, {@code /api/v1/comments}.
 */
public final class CommunityRoutes implements FeatureRoutes {
    private final GroupHandlers groups;
    private final EditHandlers edits;
    private final CommunityApiHandlers api;

    /** The use cases that change what was written, by the writer alone. */
    public record Edits(ViewOwnPost viewOwnPost, EditPost editPost, DeletePost deletePost,
                        ViewOwnComment viewOwnComment, EditComment editComment, DeleteComment deleteComment) {
    }

    public CommunityRoutes(ListGroups listGroups, ViewGroup viewGroup, JoinGroup joinGroup, LeaveGroup leaveGroup,
                           WritePost writePost, WriteComment writeComment, ViewPost viewPost, Edits edits) {
        this.groups = new GroupHandlers(listGroups, viewGroup, joinGroup, leaveGroup, writePost, writeComment);
        this.edits = new EditHandlers(edits.viewOwnPost(), edits.editPost(), edits.deletePost(),
                edits.viewOwnComment(), edits.editComment(), edits.deleteComment());
        this.api = new CommunityApiHandlers(listGroups, viewGroup, joinGroup, leaveGroup, writePost, writeComment,
                viewPost, edits.editPost(), edits.deletePost(), edits.editComment(), edits.deleteComment());
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/groups", groups::list);
        cfg.routes.get("/groups/{id}", groups::page);
        cfg.routes.post("/groups/{id}/join", groups::join);
        cfg.routes.post("/groups/{id}/leave", groups::leave);
        cfg.routes.post("/groups/{id}/posts", groups::post);
        cfg.routes.post("/posts/{id}/comments", groups::comment);
        cfg.routes.get("/posts/{id}/edit", edits::postForm);
        cfg.routes.post("/posts/{id}/edit", edits::editPost);
        cfg.routes.post("/posts/{id}/delete", edits::deletePost);
        cfg.routes.get("/comments/{id}/edit", edits::commentForm);
        cfg.routes.post("/comments/{id}/edit", edits::editComment);
        cfg.routes.post("/comments/{id}/delete", edits::deleteComment);
        cfg.routes.get("/api/v1/groups", api::list);
        cfg.routes.get("/api/v1/groups/{id}", api::view);
        cfg.routes.post("/api/v1/groups/{id}/join", api::join);
        cfg.routes.post("/api/v1/groups/{id}/leave", api::leave);
        cfg.routes.get("/api/v1/groups/{id}/posts", api::posts);
        cfg.routes.post("/api/v1/groups/{id}/posts", api::writePost);
        cfg.routes.get("/api/v1/posts/{id}/comments", api::comments);
        cfg.routes.post("/api/v1/posts/{id}/comments", api::writeComment);
        cfg.routes.patch("/api/v1/posts/{id}", api::editPost);
        cfg.routes.delete("/api/v1/posts/{id}", api::deletePost);
        cfg.routes.patch("/api/v1/comments/{id}", api::editComment);
        cfg.routes.delete("/api/v1/comments/{id}", api::deleteComment);
    }
}
