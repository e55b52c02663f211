package app.bettertalk.core.community;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Comments} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class CommentsContract {
    private Comments comments;
    private ContractRows rows;
    private User asha;
    private User ravi;
    private Post post;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        comments = stores.comments();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.user("ravi_k");
        post = rows.post(rows.group("Anxiety", asha), asha, at(1));
    }

    @Test
    void a_comment_reads_back_with_every_field() {
        var comment = new Comment(CommentId.random(), post.id(), ravi.id(), "Same here.\nनमस्ते 🌱", at(2));

        rows.write(() -> comments.add(comment));

        assertThat(comments.onPosts(List.of(post.id()))).containsExactly(comment);
    }

    @Test
    void a_posts_comments_are_listed_oldest_first() {
        var first = comment(post, ravi, at(10));
        var second = comment(post, asha, at(20));
        var third = comment(post, ravi, at(30));

        assertThat(comments.onPosts(List.of(post.id()))).containsExactly(first, second, third);
    }

    @Test
    void the_comments_of_several_posts_are_listed_together_oldest_first() {
        var other = rows.post(rows.group("Career", asha), asha, at(1));
        var first = comment(post, ravi, at(10));
        var second = comment(other, ravi, at(20));
        var third = comment(post, asha, at(30));

        assertThat(comments.onPosts(List.of(post.id(), other.id()))).containsExactly(first, second, third);
    }

    @Test
    void comments_on_posts_not_asked_about_are_left_out() {
        var other = rows.post(rows.group("Career", asha), asha, at(1));
        var mine = comment(post, ravi, at(10));
        comment(other, ravi, at(20));

        assertThat(comments.onPosts(List.of(post.id()))).containsExactly(mine);
    }

    @Test
    void a_post_without_comments_has_none_listed() {
        assertThat(comments.onPosts(List.of(post.id()))).isEmpty();
    }

    @Test
    void no_posts_have_no_comments() {
        comment(post, ravi, at(10));

        assertThat(comments.onPosts(List.of())).isEmpty();
    }

    private Comment comment(Post on, User author, Instant at) {
        var comment = new Comment(CommentId.random(), on.id(), author.id(), "I hear you.", at);
        rows.write(() -> comments.add(comment));
        return comment;
    }

    @Test
    void a_comment_reads_back_by_id_until_it_is_hidden() {
        var kept = new Comment(CommentId.random(), post.id(), ravi.id(), "Kept", at(2));
        var hidden = new Comment(CommentId.random(), post.id(), ravi.id(), "Hidden", at(3));
        rows.write(() -> comments.add(kept));
        rows.write(() -> comments.add(hidden));

        assertThat(comments.byId(hidden.id())).contains(hidden);

        rows.write(() -> comments.hide(hidden.id(), at(4)));
        rows.write(() -> comments.hide(hidden.id(), at(5)));

        assertThat(comments.byId(hidden.id())).isEmpty();
        assertThat(comments.byId(kept.id())).contains(kept);
        assertThat(comments.onPosts(List.of(post.id()))).containsExactly(kept);
    }
}
