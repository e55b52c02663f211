package app.bettertalk.web.community;

import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.GroupPage;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.LeaveGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.ViewPost;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.web.Json;
import app.bettertalk.web.Requests;
import app.bettertalk.web.api.ApiInput;
import io.javalin.http.Context;

/** The API for groups, posts and comments under {@code /api/v1/groups} and {@code /api/v1/posts}. */
final class CommunityApiHandlers {
    /** Posts a group view shows unless {@code ?limit=} (1 to 200) says otherwise. */
    static final int DEFAULT_POST_LIMIT = 50;

    private final ListGroups listGroups;
    private final ViewGroup viewGroup;
    private final JoinGroup joinGroup;
    private final LeaveGroup leaveGroup;
    private final WritePost writePost;
    private final WriteComment writeComment;
    private final ViewPost viewPost;

    CommunityApiHandlers(ListGroups listGroups, ViewGroup viewGroup, JoinGroup joinGroup,
                                LeaveGroup leaveGroup, WritePost writePost, WriteComment writeComment,
                                ViewPost viewPost) {
        this.listGroups = listGroups;
        this.viewGroup = viewGroup;
        this.joinGroup = joinGroup;
        this.leaveGroup = leaveGroup;
        this.writePost = writePost;
        this.writeComment = writeComment;
        this.viewPost = viewPost;
    }

    public void list(Context ctx) {
        ctx.json(CommunityJson.Groups.of(listGroups.list(new ListGroups.Query(Requests.actor(ctx)))));
    }

    public void view(Context ctx) {
        ctx.json(CommunityJson.GroupDetail.of(groupPage(ctx)));
    }

    public void posts(Context ctx) {
        ctx.json(CommunityJson.Posts.of(groupPage(ctx)));
    }

    public void join(Context ctx) {
        var group = group(ctx);
        var changed = joinGroup.join(new JoinGroup.Command(Requests.actor(ctx), group));
        ctx.json(new CommunityJson.Membership(group.toString(), true, changed));
    }

    public void leave(Context ctx) {
        var group = group(ctx);
        var changed = leaveGroup.leave(new LeaveGroup.Command(Requests.actor(ctx), group));
        ctx.json(new CommunityJson.Membership(group.toString(), false, changed));
    }

    /** Writes a post and answers with it as readers will see it. */
    public void writePost(Context ctx) {
        var group = group(ctx);
        var body = Json.body(ctx, CommunityJson.NewText.class);
        var actor = Requests.actor(ctx);
        var post = writePost.write(new WritePost.Command(actor, group, body.content(), body.anyway()));
        ApiInput.created(ctx, CommunityJson.PostJson.of(viewPost.view(new ViewPost.Query(actor, post.id()))));
    }

    public void comments(Context ctx) {
        var thread = viewPost.view(new ViewPost.Query(Requests.actor(ctx), post(ctx)));
        ctx.json(CommunityJson.Comments.of(thread));
    }

    /** Writes a comment and answers with it as readers will see it. */
    public void writeComment(Context ctx) {
        var post = post(ctx);
        var body = Json.body(ctx, CommunityJson.NewText.class);
        var actor = Requests.actor(ctx);
        var comment = writeComment.write(new WriteComment.Command(actor, post, body.content(), body.anyway()));
        var reply = viewPost.view(new ViewPost.Query(actor, post)).comments().stream()
                .filter(shown -> shown.comment().id().equals(comment.id())).findFirst().orElseThrow();
        ApiInput.created(ctx, CommunityJson.CommentJson.of(reply));
    }

    private GroupPage groupPage(Context ctx) {
        var limit = ApiInput.intQuery(ctx, "limit", DEFAULT_POST_LIMIT);
        return viewGroup.view(new ViewGroup.Query(Requests.actor(ctx), group(ctx), limit));
    }

    private static GroupId group(Context ctx) {
        return Requests.id(ctx, "id", GroupId::parse);
    }

    private static PostId post(Context ctx) {
        return Requests.id(ctx, "id", PostId::parse);
    }
}
