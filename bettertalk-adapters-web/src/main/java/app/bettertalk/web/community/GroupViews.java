package app.bettertalk.web.community;

import app.bettertalk.core.community.Author;
import app.bettertalk.core.community.GroupCard;
import app.bettertalk.core.community.GroupPage;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.web.Display;

import java.util.List;

/** What the group pages show, display-ready: text as typed (the templates escape it), counts and times in words. */
public final class GroupViews {
    private GroupViews() {
    }

    /** A group in the list. */
    public record Card(String id, String name, String description, String members, boolean joined) {
        static Card of(GroupCard card) {
            var group = card.group();
            return new Card(group.id().toString(), group.name(), group.description(),
                    Display.count(card.memberCount(), "member", "members"), card.joined());
        }
    }

    /** A group's own page; {@code draft} is what was typed into a form the core refused, with the reason. */
    public record Page(String id, String name, String description, String members, boolean joined,
                       List<PostView> posts, Draft draft) {
        static Page of(GroupPage page, Draft draft) {
            var group = page.group();
            return new Page(group.id().toString(), group.name(), group.description(),
                    Display.count(page.memberCount(), "member", "members"), page.joined(),
                    page.posts().stream().map(PostView::of).toList(), draft);
        }
    }

    /** A post with its comments oldest first. */
    public record PostView(String id, AuthorView author, String content, String postedAt, String postedAtIso,
                           List<CommentView> comments) {
        static PostView of(GroupPage.Thread thread) {
            var post = thread.post();
            return new PostView(post.id().toString(), AuthorView.of(thread.author()), post.content(),
                    IndiaTime.format(post.createdAt()), post.createdAt().toString(),
                    thread.comments().stream().map(CommentView::of).toList());
        }
    }

    /** A comment under a post. */
    public record CommentView(String id, AuthorView author, String content, String postedAt, String postedAtIso) {
        static CommentView of(GroupPage.Reply reply) {
            var comment = reply.comment();
            return new CommentView(comment.id().toString(), AuthorView.of(reply.author()), comment.content(),
                    IndiaTime.format(comment.createdAt()), comment.createdAt().toString());
        }
    }

    /**
     * Who wrote something, by anonymous username; a verified mentor's name and tick lead to their mentor page,
     * anyone else's name to their public profile.
     */
    public record AuthorView(String id, String username, boolean verifiedMentor, String url) {
        static AuthorView of(Author author) {
            var url = author.verifiedMentor() ? "/mentor/" + author.id() : "/profile/" + author.id();
            return new AuthorView(author.id().toString(), author.username(), author.verifiedMentor(), url);
        }

        /** Whether {@code viewer} wrote it: nobody reports themselves. */
        public boolean is(Object viewer) {
            return id.equals(String.valueOf(viewer));
        }
    }

    /**
     * A refused post ({@code postId} empty) or comment on {@code postId}: the text typed and why it was refused. The
     * empty draft is an untouched page.
     */
    public record Draft(String postId, String content, String error) {
        static final Draft NONE = new Draft("", "", "");

        public boolean isFor(String formPostId) {
            return !error.isEmpty() && postId.equals(formPostId);
        }

        /** The typed text for the form of {@code formPostId} (empty for the new-post form). */
        public String textFor(String formPostId) {
            return postId.equals(formPostId) ? content : "";
        }
    }
}
