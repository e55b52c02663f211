package app.bettertalk.web.community;

import app.bettertalk.core.community.Author;
import app.bettertalk.core.community.GroupCard;
import app.bettertalk.core.community.GroupPage;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.web.Display;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /** A post with its comments oldest first; {@code edited} says when its writer last changed it, if they did. */
    public record PostView(String id, AuthorView author, String content, String postedAt, String postedAtIso,
                           Edited edited, List<CommentView> comments) {
        static PostView of(GroupPage.Thread thread) {
            var post = thread.post();
            return new PostView(post.id().toString(), AuthorView.of(thread.author()), post.content(),
                    IndiaTime.format(post.createdAt()), post.createdAt().toString(), Edited.of(post.editedAt()),
                    thread.comments().stream().map(CommentView::of).toList());
        }
    }

    /** A comment under a post; {@code edited} says when its writer last changed it, if they did. */
    public record CommentView(String id, AuthorView author, String content, String postedAt, String postedAtIso,
                              Edited edited) {
        static CommentView of(GroupPage.Reply reply) {
            var comment = reply.comment();
            return new CommentView(comment.id().toString(), AuthorView.of(reply.author()), comment.content(),
                    IndiaTime.format(comment.createdAt()), comment.createdAt().toString(),
                    Edited.of(comment.editedAt()));
        }
    }

    /** When something shown was last edited, in words and as ISO-8601; both empty when it never was. */
    public record Edited(String at, String atIso) {
        static final Edited NEVER = new Edited("", "");

        static Edited of(Optional<Instant> editedAt) {
            return editedAt.map(at -> new Edited(IndiaTime.format(at), at.toString())).orElse(NEVER);
        }

        public boolean happened() {
            return !atIso.isEmpty();
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

        /** Whether {@code viewer} wrote it: nobody reports themselves, and only its writer edits or deletes it. */
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

    /**
     * The page that edits one's own post or comment: {@code what} it is ("post", "comment"), where the form posts, the
     * group to go back to, the text (as stored, or as typed into a refused form) and why it was refused.
     */
    public record EditForm(String what, String action, String group, String content, int maxLength, String error) {
        /** The group page, or the list of groups when the group is not known. */
        public String back() {
            return group.isEmpty() ? "/groups" : "/groups/" + group;
        }
    }

    /** The page that asks before one's own post or comment is deleted, showing its text. */
    public record DeleteConfirmation(String what, String action, String group, String content) {
        public String back() {
            return group.isEmpty() ? "/groups" : "/groups/" + group;
        }

        /** What else goes with it: a post takes its comments. */
        public boolean takesComments() {
            return what.equals("post");
        }
    }
}
