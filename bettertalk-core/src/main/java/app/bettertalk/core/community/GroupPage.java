package app.bettertalk.core.community;

import java.util.List;

/** A group as its page shows it: the newest posts, each with its comments oldest first. */
public record GroupPage(Group group, int memberCount, boolean joined, List<Thread> posts) {
    public GroupPage {
        posts = List.copyOf(posts);
    }

    /** A post with its author and its comments. */
    public record Thread(Post post, Author author, List<Reply> comments) {
        public Thread {
            comments = List.copyOf(comments);
        }
    }

    /** A comment with its author. */
    public record Reply(Comment comment, Author author) {
    }
}
