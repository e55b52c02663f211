package app.bettertalk.core.community;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
    void an_author_s_comments_are_listed_newest_first_but_not_deleted_ones() {
        var first = new Comment(CommentId.random(), post.id(), ravi.id(), "one", at(2));
        var deleted = new Comment(CommentId.random(), post.id(), ravi.id(), "two", at(3));
        var last = new Comment(CommentId.random(), post.id(), ravi.id(), "three", at(4));
        var others = new Comment(CommentId.random(), post.id(), asha.id(), "mine", at(5));
        for (var comment : List.of(first, deleted, last, others)) {
            rows.write(() -> comments.add(comment));
        }
        rows.write(() -> comments.delete(deleted.id(), at(6)));

        assertThat(comments.byAuthor(ravi.id(), 10)).extracting(Comment::id).containsExactly(last.id(), first.id());
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

    @Test
    void an_edited_comment_reads_back_with_its_new_content_and_edited_time_in_its_place() {
        var first = comment(post, ravi, at(10));
        var second = comment(post, asha, at(20));
        var edited = first.edited("Same here, still.\nनमस्ते 🌱", at(30));

        rows.write(() -> comments.update(edited));

        assertThat(comments.byId(first.id())).contains(edited);
        assertThat(comments.onPosts(List.of(post.id()))).containsExactly(edited, second);
    }

    @Test
    void an_update_changes_only_the_content_and_the_edited_time() {
        var comment = comment(post, ravi, at(10));
        var other = rows.post(rows.group("Career", asha), asha, at(1));

        rows.write(() -> comments.update(new Comment(comment.id(), other.id(), asha.id(), "Changed", at(40),
                Optional.of(at(50)))));

        assertThat(comments.byId(comment.id())).contains(comment.edited("Changed", at(50)));
        assertThat(comments.onPosts(List.of(other.id()))).isEmpty();
    }

    @Test
    void a_released_comment_reads_back_again_but_a_deleted_one_stays_deleted() {
        var held = comment(post, ravi, at(10));
        var deleted = comment(post, ravi, at(20));
        rows.write(() -> comments.hide(held.id(), at(30)));
        rows.write(() -> comments.hide(deleted.id(), at(30)));
        rows.write(() -> comments.delete(deleted.id(), at(40)));

        rows.write(() -> comments.release(held.id()));
        rows.write(() -> comments.release(deleted.id()));

        assertThat(comments.byId(held.id())).contains(held);
        assertThat(comments.byId(deleted.id())).isEmpty();
        assertThat(comments.onPosts(List.of(post.id()))).containsExactly(held);
    }

    @Test
    void a_deleted_comment_is_no_longer_read_back_and_deleting_it_again_changes_nothing() {
        var kept = comment(post, ravi, at(10));
        var deleted = comment(post, ravi, at(20));

        rows.write(() -> comments.delete(deleted.id(), at(30)));
        rows.write(() -> comments.delete(deleted.id(), at(40)));

        assertThat(comments.byId(deleted.id())).isEmpty();
        assertThat(comments.onPosts(List.of(post.id()))).containsExactly(kept);
        assertThat(comments.byId(kept.id())).contains(kept);
    }

    @Test
    void an_edit_brings_back_no_deleted_or_hidden_comment() {
        var deleted = comment(post, ravi, at(10));
        var hidden = comment(post, ravi, at(20));
        rows.write(() -> comments.delete(deleted.id(), at(30)));
        rows.write(() -> comments.hide(hidden.id(), at(30)));

        rows.write(() -> comments.update(deleted.edited("Back again", at(40))));
        rows.write(() -> comments.update(hidden.edited("Back again", at(40))));

        assertThat(comments.byId(deleted.id())).isEmpty();
        assertThat(comments.byId(hidden.id())).isEmpty();
        assertThat(comments.onPosts(List.of(post.id()))).isEmpty();
    }

    @Test
    void an_edit_of_a_comment_never_stored_stores_nothing() {
        var never = new Comment(CommentId.random(), post.id(), ravi.id(), "Never stored", at(10))
                .edited("Edited", at(20));

        rows.write(() -> comments.update(never));

        assertThat(comments.byId(never.id())).isEmpty();
        assertThat(comments.onPosts(List.of(post.id()))).isEmpty();
    }
}
