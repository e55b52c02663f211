package app.bettertalk.web.community;

import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.LeaveGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.ViewPost;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/** Groups, their posts and comments: the pages and {@code /api/v1/groups}, {@code /api/v1/posts}. */
public final class CommunityRoutes implements FeatureRoutes {
    private final GroupHandlers groups;
    private final CommunityApiHandlers api;

    public CommunityRoutes(ListGroups listGroups, ViewGroup viewGroup, JoinGroup joinGroup, LeaveGroup leaveGroup,
                           WritePost writePost, WriteComment writeComment, ViewPost viewPost) {
        this.groups = new GroupHandlers(listGroups, viewGroup, joinGroup, leaveGroup, writePost, writeComment);
        this.api = new CommunityApiHandlers(listGroups, viewGroup, joinGroup, leaveGroup, writePost, writeComment,
                viewPost);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/groups", groups::list);
        cfg.routes.get("/groups/{id}", groups::page);
        cfg.routes.post("/groups/{id}/join", groups::join);
        cfg.routes.post("/groups/{id}/leave", groups::leave);
        cfg.routes.post("/groups/{id}/posts", groups::post);
        cfg.routes.post("/posts/{id}/comments", groups::comment);
        cfg.routes.get("/api/v1/groups", api::list);
        cfg.routes.get("/api/v1/groups/{id}", api::view);
        cfg.routes.post("/api/v1/groups/{id}/join", api::join);
        cfg.routes.post("/api/v1/groups/{id}/leave", api::leave);
        cfg.routes.get("/api/v1/groups/{id}/posts", api::posts);
        cfg.routes.post("/api/v1/groups/{id}/posts", api::writePost);
        cfg.routes.get("/api/v1/posts/{id}/comments", api::comments);
        cfg.routes.post("/api/v1/posts/{id}/comments", api::writeComment);
    }
}
