package app.bettertalk.web.community;

import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.CommentId;
import app.bettertalk.core.community.DeleteComment;
import app.bettertalk.core.community.DeletePost;
import app.bettertalk.core.community.EditComment;
import app.bettertalk.core.community.EditPost;
import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.community.ViewOwnComment;
import app.bettertalk.core.community.ViewOwnPost;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import app.bettertalk.web.safety.HelpFirst;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/**
 * The pages behind "Edit" and "Delete" on one's own posts and comments: a form with the text to change, and a
 * question before deleting (the form posts again with {@code confirm=yes}). Forms name the group only to come back to
 * its page; the core finds whose the text is.
 */
final class EditHandlers {
    private final ViewOwnPost viewOwnPost;
    private final EditPost editPost;
    private final DeletePost deletePost;
    private final ViewOwnComment viewOwnComment;
    private final EditComment editComment;
    private final DeleteComment deleteComment;

    EditHandlers(ViewOwnPost viewOwnPost, EditPost editPost, DeletePost deletePost, ViewOwnComment viewOwnComment,
                 EditComment editComment, DeleteComment deleteComment) {
        this.viewOwnPost = viewOwnPost;
        this.editPost = editPost;
        this.deletePost = deletePost;
        this.viewOwnComment = viewOwnComment;
        this.editComment = editComment;
        this.deleteComment = deleteComment;
    }

    public void postForm(Context ctx) {
        var post = viewOwnPost.view(new ViewOwnPost.Query(Requests.actor(ctx), postId(ctx)));
        renderForm(ctx, postForm(post.id(), post.group().toString(), post.content(), ""));
    }

    public void editPost(Context ctx) {
        var post = postId(ctx);
        var content = Requests.form(ctx, "content");
        var group = group(ctx);
        try {
            var command = new EditPost.Command(Requests.actor(ctx), post, content, HelpFirst.sendAnyway(ctx));
            var edited = editPost.edit(command);
            ctx.redirect("/groups/" + edited.group()
                    + GroupHandlers.notices(edited.held(), edited.content(), command.content())
                    + (edited.held() ? "" : "#post-" + post), HttpStatus.SEE_OTHER);
        } catch (DomainException.HelpOffered held) {
            HelpFirst.render(ctx, new HelpFirst.Held("/posts/" + post + "/edit", "content", content, Post.MAX_LENGTH,
                    Map.of("group", group), back(group), "Save it anyway"));
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            renderForm(ctx, postForm(post, group, content, "Your post " + refused.rule() + "."));
        }
    }

    public void deletePost(Context ctx) {
        var post = postId(ctx);
        var actor = Requests.actor(ctx);
        if (!confirmed(ctx)) {
            var own = viewOwnPost.view(new ViewOwnPost.Query(actor, post));
            renderQuestion(ctx, new GroupViews.DeleteConfirmation("post", "/posts/" + post + "/delete",
                    own.group().toString(), own.content()));
            return;
        }
        deletePost.delete(new DeletePost.Command(actor, post));
        ctx.redirect(back(group(ctx)), HttpStatus.SEE_OTHER);
    }

    public void commentForm(Context ctx) {
        var own = viewOwnComment.view(new ViewOwnComment.Query(Requests.actor(ctx), commentId(ctx)));
        renderForm(ctx, commentForm(own.comment().id(), own.group().toString(), own.comment().content(), ""));
    }

    public void editComment(Context ctx) {
        var comment = commentId(ctx);
        var content = Requests.form(ctx, "content");
        var group = group(ctx);
        try {
            var command = new EditComment.Command(Requests.actor(ctx), comment, content, HelpFirst.sendAnyway(ctx));
            var edited = editComment.edit(command);
            var notice = GroupHandlers.notices(edited.held(), edited.content(), command.content());
            ctx.redirect(group.isEmpty() ? "/groups" : "/groups/" + group + notice + "#comment-" + comment,
                    HttpStatus.SEE_OTHER);
        } catch (DomainException.HelpOffered held) {
            HelpFirst.render(ctx, new HelpFirst.Held("/comments/" + comment + "/edit", "content", content,
                    Comment.MAX_LENGTH, Map.of("group", group), back(group), "Save it anyway"));
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            renderForm(ctx, commentForm(comment, group, content, "Your comment " + refused.rule() + "."));
        }
    }

    public void deleteComment(Context ctx) {
        var comment = commentId(ctx);
        var actor = Requests.actor(ctx);
        if (!confirmed(ctx)) {
            var own = viewOwnComment.view(new ViewOwnComment.Query(actor, comment));
            renderQuestion(ctx, new GroupViews.DeleteConfirmation("comment", "/comments/" + comment + "/delete",
                    own.group().toString(), own.comment().content()));
            return;
        }
        deleteComment.delete(new DeleteComment.Command(actor, comment));
        ctx.redirect(back(group(ctx)), HttpStatus.SEE_OTHER);
    }

    private static GroupViews.EditForm postForm(PostId post, String group, String content, String error) {
        return new GroupViews.EditForm("post", "/posts/" + post + "/edit", group, content, Post.MAX_LENGTH, error);
    }

    private static GroupViews.EditForm commentForm(CommentId comment, String group, String content, String error) {
        return new GroupViews.EditForm("comment", "/comments/" + comment + "/edit", group, content,
                Comment.MAX_LENGTH, error);
    }

    private static void renderForm(Context ctx, GroupViews.EditForm form) {
        ctx.render("community/edit.jte", Map.of("frame", Requests.frame(ctx, "Edit your " + form.what()),
                "form", form));
    }

    private static void renderQuestion(Context ctx, GroupViews.DeleteConfirmation question) {
        ctx.render("community/delete.jte", Map.of("frame", Requests.frame(ctx, "Delete your " + question.what() + "?"),
                "question", question));
    }

    /** The second press of "Delete", on the page that asked. */
    private static boolean confirmed(Context ctx) {
        return "yes".equals(ctx.formParam("confirm"));
    }

    /** The group the form came from, as text; empty when it named none. */
    private static String group(Context ctx) {
        return GroupHandlers.groupField(ctx).map(GroupId::toString).orElse("");
    }

    private static String back(String group) {
        return group.isEmpty() ? "/groups" : "/groups/" + group;
    }

    private static PostId postId(Context ctx) {
        return Requests.id(ctx, "id", PostId::parse);
    }

    private static CommentId commentId(Context ctx) {
        return Requests.id(ctx, "id", CommentId::parse);
    }
}
