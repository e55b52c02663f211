package app.bettertalk.web.community;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.CommentId;
import app.bettertalk.core.community.DeleteComment;
import app.bettertalk.core.community.DeletePost;
import app.bettertalk.core.community.EditComment;
import app.bettertalk.core.community.EditPost;
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
import io.javalin.http.HttpStatus;

/**
 * The API for groups, posts and comments under {@code /api/v1/groups}, {@code /api/v1/posts} and
 * {@code /api/v1/comments}.
 */
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
    private final EditPost editPost;
    private final DeletePost deletePost;
    private final EditComment editComment;
    private final DeleteComment deleteComment;

    CommunityApiHandlers(ListGroups listGroups, ViewGroup viewGroup, JoinGroup joinGroup,
                                LeaveGroup leaveGroup, WritePost writePost, WriteComment writeComment,
                                ViewPost viewPost, EditPost editPost, DeletePost deletePost, EditComment editComment,
                                DeleteComment deleteComment) {
        this.listGroups = listGroups;
        this.viewGroup = viewGroup;
        this.joinGroup = joinGroup;
        this.leaveGroup = leaveGroup;
        this.writePost = writePost;
        this.writeComment = writeComment;
        this.viewPost = viewPost;
        this.editPost = editPost;
        this.deletePost = deletePost;
        this.editComment = editComment;
        this.deleteComment = deleteComment;
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
        if (post.held()) {
            held(ctx, post.id().toString());
            return;
        }
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
        if (comment.held()) {
            held(ctx, comment.id().toString());
            return;
        }
        ApiInput.created(ctx, CommunityJson.CommentJson.of(shown(actor, comment)));
    }

    /** Changes a post's text and answers with it as readers now see it. */
    public void editPost(Context ctx) {
        var body = Json.body(ctx, CommunityJson.NewText.class);
        var actor = Requests.actor(ctx);
        var post = editPost.edit(new EditPost.Command(actor, post(ctx), body.content(), body.anyway()));
        if (post.held()) {
            held(ctx, post.id().toString());
            return;
        }
        ctx.json(CommunityJson.PostJson.of(viewPost.view(new ViewPost.Query(actor, post.id()))));
    }

    public void deletePost(Context ctx) {
        deletePost.delete(new DeletePost.Command(Requests.actor(ctx), post(ctx)));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Changes a comment's text and answers with it as readers now see it. */
    public void editComment(Context ctx) {
        var body = Json.body(ctx, CommunityJson.NewText.class);
        var actor = Requests.actor(ctx);
        var comment = editComment.edit(new EditComment.Command(actor, comment(ctx), body.content(), body.anyway()));
        if (comment.held()) {
            held(ctx, comment.id().toString());
            return;
        }
        ctx.json(CommunityJson.CommentJson.of(shown(actor, comment)));
    }

    public void deleteComment(Context ctx) {
        deleteComment.delete(new DeleteComment.Command(Requests.actor(ctx), comment(ctx)));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** 202: stored, and waiting for a moderator before anyone else can read it. */
    private static void held(Context ctx, String id) {
        ctx.status(HttpStatus.ACCEPTED).json(new CommunityJson.Held(id, true, GroupHandlers.HELD));
    }

    /** {@code comment} as its post's readers see it, with its author. */
    private GroupPage.Reply shown(Actor actor, Comment comment) {
        return viewPost.view(new ViewPost.Query(actor, comment.post())).comments().stream()
                .filter(reply -> reply.comment().id().equals(comment.id())).findFirst().orElseThrow();
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

    private static CommentId comment(Context ctx) {
        return Requests.id(ctx, "id", CommentId::parse);
    }
}
