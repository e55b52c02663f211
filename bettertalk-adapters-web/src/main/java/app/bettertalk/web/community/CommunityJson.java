package app.bettertalk.web.community;

import app.bettertalk.core.community.Author;
import app.bettertalk.core.community.GroupCard;
import app.bettertalk.core.community.GroupPage;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of groups, posts and comments in the API. Writers appear by anonymous username only. */
public final class CommunityJson {
    private CommunityJson() {
    }

    public record GroupSummary(String id, String name, String description, int memberCount, boolean joined) {
        static GroupSummary of(GroupCard card) {
            var group = card.group();
            return new GroupSummary(group.id().toString(), group.name(), group.description(), card.memberCount(),
                    card.joined());
        }
    }

    public record Groups(List<GroupSummary> groups) {
        static Groups of(List<GroupCard> cards) {
            return new Groups(cards.stream().map(GroupSummary::of).toList());
        }
    }

    /** A group with its newest posts, each with its comments oldest first. */
    public record GroupDetail(String id, String name, String description, int memberCount, boolean joined,
                              List<PostJson> posts) {
        static GroupDetail of(GroupPage page) {
            var group = page.group();
            return new GroupDetail(group.id().toString(), group.name(), group.description(), page.memberCount(),
                    page.joined(), page.posts().stream().map(PostJson::of).toList());
        }
    }

    public record Posts(List<PostJson> posts) {
        static Posts of(GroupPage page) {
            return new Posts(page.posts().stream().map(PostJson::of).toList());
        }
    }

    /** A post with its comments; {@code editedAt} is when its writer last changed it, null if they never did. */
    public record PostJson(String id, String groupId, AuthorJson author, String content, Instant createdAt,
                           Instant editedAt, List<CommentJson> comments) {
        static PostJson of(GroupPage.Thread thread) {
            var post = thread.post();
            return new PostJson(post.id().toString(), post.group().toString(), AuthorJson.of(thread.author()),
                    post.content(), post.createdAt(), post.editedAt().orElse(null),
                    thread.comments().stream().map(CommentJson::of).toList());
        }
    }

    /** A post or comment stored and held for a moderator's approval: only its id, since no one can read it yet. */
    public record Held(String id, boolean held, String message) {
    }

    public record Comments(String postId, List<CommentJson> comments) {
        static Comments of(GroupPage.Thread thread) {
            return new Comments(thread.post().id().toString(),
                    thread.comments().stream().map(CommentJson::of).toList());
        }
    }

    /** A comment; {@code editedAt} is when its writer last changed it, null if they never did. */
    public record CommentJson(String id, String postId, AuthorJson author, String content, Instant createdAt,
                              Instant editedAt) {
        static CommentJson of(GroupPage.Reply reply) {
            var comment = reply.comment();
            return new CommentJson(comment.id().toString(), comment.post().toString(), AuthorJson.of(reply.author()),
                    comment.content(), comment.createdAt(), comment.editedAt().orElse(null));
        }
    }

    /**
     * Who wrote a post or comment: the anonymous username, and for a verified mentor the tick and the id of their
     * mentor page. Other writers' account ids are not given out.
     */
    public record AuthorJson(String username, boolean verifiedMentor, String mentorId) {
        static AuthorJson of(Author author) {
            return new AuthorJson(author.username(), author.verifiedMentor(),
                    author.verifiedMentor() ? author.id().toString() : null);
        }
    }

    /** The answer to join and leave: where the viewer stands now, and whether this request changed it. */
    public record Membership(String groupId, boolean joined, boolean changed) {
    }

    /** {@code POST} of a new post or comment, {@code PATCH} of an edited one. */
    public record NewText(String content, Boolean sendAnyway) {
        /** Whether the writer was offered help for this text and chose to post it. */
        public boolean anyway() {
            return Boolean.TRUE.equals(sendAnyway);
        }
    }
}
