package app.bettertalk.web.community;

import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.LeaveGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import app.bettertalk.web.safety.ContactNotice;
import app.bettertalk.web.safety.HelpFirst;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/** The group list, a group's page, joining and leaving, and the post and comment forms. */
final class GroupHandlers {
    static final String HELD = "What you wrote is waiting for a moderator, because it has a word they look at "
            + "first. No one else can see it until they approve it.";

    /** How many posts a group page shows, newest first. */
    static final int POSTS_SHOWN = 100;

    private final ListGroups listGroups;
    private final ViewGroup viewGroup;
    private final JoinGroup joinGroup;
    private final LeaveGroup leaveGroup;
    private final WritePost writePost;
    private final WriteComment writeComment;

    GroupHandlers(ListGroups listGroups, ViewGroup viewGroup, JoinGroup joinGroup, LeaveGroup leaveGroup,
                         WritePost writePost, WriteComment writeComment) {
        this.listGroups = listGroups;
        this.viewGroup = viewGroup;
        this.joinGroup = joinGroup;
        this.leaveGroup = leaveGroup;
        this.writePost = writePost;
        this.writeComment = writeComment;
    }

    public void list(Context ctx) {
        var cards = listGroups.list(new ListGroups.Query(Requests.actor(ctx))).stream()
                .map(GroupViews.Card::of).toList();
        ctx.render("community/groups.jte", Map.of("frame", Requests.frame(ctx, "Groups"), "groups", cards));
    }

    public void page(Context ctx) {
        render(ctx, Requests.id(ctx, "id", GroupId::parse), GroupViews.Draft.NONE);
    }

    public void join(Context ctx) {
        var group = Requests.id(ctx, "id", GroupId::parse);
        joinGroup.join(new JoinGroup.Command(Requests.actor(ctx), group));
        ctx.redirect(back(ctx, group), HttpStatus.SEE_OTHER);
    }

    public void leave(Context ctx) {
        var group = Requests.id(ctx, "id", GroupId::parse);
        leaveGroup.leave(new LeaveGroup.Command(Requests.actor(ctx), group));
        ctx.redirect(back(ctx, group), HttpStatus.SEE_OTHER);
    }

    public void post(Context ctx) {
        var group = Requests.id(ctx, "id", GroupId::parse);
        var content = Requests.form(ctx, "content");
        try {
            var command = new WritePost.Command(Requests.actor(ctx), group, content, HelpFirst.sendAnyway(ctx));
            var post = writePost.write(command);
            ctx.redirect("/groups/" + group + notices(post.held(), post.content(), command.content())
                    + (post.held() ? "" : "#post-" + post.id()), HttpStatus.SEE_OTHER);
        } catch (DomainException.HelpOffered held) {
            HelpFirst.render(ctx, new HelpFirst.Held("/groups/" + group + "/posts", "content", content,
                    Post.MAX_LENGTH, Map.of(), "/groups/" + group, "Post it anyway"));
        } catch (DomainException.Validation | DomainException.Forbidden refused) {
            ctx.status(ErrorMapper.status(refused));
            render(ctx, group, new GroupViews.Draft("", content, reason(refused, "Your post")));
        }
    }

    /** The form names the comment's group, only to come back to its page; the core finds the group itself. */
    public void comment(Context ctx) {
        var post = Requests.id(ctx, "id", PostId::parse);
        var content = Requests.form(ctx, "content");
        var group = groupField(ctx);
        try {
            var command = new WriteComment.Command(Requests.actor(ctx), post, content, HelpFirst.sendAnyway(ctx));
            var comment = writeComment.write(command);
            var notice = notices(comment.held(), comment.content(), command.content());
            ctx.redirect(group.map(id -> "/groups/" + id + notice + "#post-" + post).orElse("/groups"),
                    HttpStatus.SEE_OTHER);
        } catch (DomainException.HelpOffered held) {
            HelpFirst.render(ctx, new HelpFirst.Held("/posts/" + post + "/comments", "content", content,
                    Comment.MAX_LENGTH, group.map(id -> Map.of("group", id.toString())).orElse(Map.of()),
                    group.map(id -> "/groups/" + id).orElse("/groups"), "Post it anyway"));
        } catch (DomainException.Validation | DomainException.Forbidden refused) {
            var page = group.orElseThrow(() -> refused);
            ctx.status(ErrorMapper.status(refused));
            render(ctx, page, new GroupViews.Draft(post.toString(), content, reason(refused, "Your comment")));
        }
    }

    private void render(Context ctx, GroupId group, GroupViews.Draft draft) {
        var page = viewGroup.view(new ViewGroup.Query(Requests.actor(ctx), group, POSTS_SHOWN));
        ctx.render("community/group.jte", Map.of("frame", Requests.frame(ctx, page.group().name()),
                "group", GroupViews.Page.of(page, draft),
                "notice", notice(ctx)));
    }

    /**
     * The query that makes the group page say what happened to what was just written: held for a moderator, and
     * contact details hidden when the core stored other than was typed.
     */
    static String notices(boolean held, String stored, String typed) {
        var query = new ArrayList<String>();
        if (held) {
            query.add("held=1");
        }
        if (!stored.equals(typed)) {
            query.add("hidden=contact");
        }
        return query.isEmpty() ? "" : "?" + String.join("&", query);
    }

    private static String notice(Context ctx) {
        var said = new ArrayList<String>();
        if ("1".equals(ctx.queryParam("held"))) {
            said.add(HELD);
        }
        if ("contact".equals(ctx.queryParam("hidden"))) {
            said.add(ContactNotice.TEXT);
        }
        return String.join(" ", said);
    }

    private static String reason(DomainException refused, String what) {
        return refused instanceof DomainException.Validation v ? what + " " + v.rule() + "." : refused.getMessage();
    }

    /** Join and leave forms say which page they were on; anything else goes back to the list. */
    private static String back(Context ctx, GroupId group) {
        return "group".equals(ctx.formParam("from")) ? "/groups/" + group : "/groups";
    }

    /** The group a form names to come back to; absent when it names none that could be one. */
    static Optional<GroupId> groupField(Context ctx) {
        try {
            return Optional.of(GroupId.parse(Requests.form(ctx, "group")));
        } catch (DomainException.Validation malformed) {
            return Optional.empty();
        }
    }
}
