package app.bettertalk.core.community;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Posts} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class PostsContract {
    private Posts posts;
    private ContractRows rows;
    private User asha;
    private Group anxiety;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        posts = stores.posts();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        anxiety = rows.group("Anxiety", asha);
    }

    @Test
    void a_post_reads_back_with_every_field() {
        var post = new Post(PostId.random(), anxiety.id(), asha.id(),
                "First line\n\nSecond paragraph, नमस्ते 🌱 and a \"quote\"", at(3));

        rows.write(() -> posts.add(post));

        assertThat(posts.byId(post.id())).contains(post);
    }

    @Test
    void a_post_of_the_longest_allowed_content_reads_back_whole() {
        var post = new Post(PostId.random(), anxiety.id(), asha.id(), "ख".repeat(Post.MAX_LENGTH), at(3));

        rows.write(() -> posts.add(post));

        assertThat(posts.byId(post.id())).contains(post);
    }

    @Test
    void an_author_s_posts_are_listed_newest_first_hidden_ones_too_but_not_deleted_ones() {
        var ravi = rows.user("ravi");
        var first = rows.post(anxiety, asha, at(1));
        var hidden = rows.post(anxiety, asha, at(2));
        var deleted = rows.post(anxiety, asha, at(3));
        var last = rows.post(anxiety, asha, at(4));
        rows.post(anxiety, ravi, at(5));
        rows.write(() -> posts.hide(hidden.id(), at(6)));
        rows.write(() -> posts.delete(deleted.id(), at(6)));

        assertThat(posts.byAuthor(asha.id(), 10)).extracting(Post::id)
                .containsExactly(last.id(), hidden.id(), first.id());
        assertThat(posts.byAuthor(asha.id(), 1)).extracting(Post::id).containsExactly(last.id());
    }

    @Test
    void an_unknown_id_finds_no_post() {
        rows.post(anxiety, asha, at(1));

        assertThat(posts.byId(PostId.random())).isEmpty();
    }

    @Test
    void a_groups_posts_are_listed_newest_first() {
        var first = rows.post(anxiety, asha, at(10));
        var second = rows.post(anxiety, asha, at(20));
        var third = rows.post(anxiety, asha, at(30));

        assertThat(posts.newestInGroup(anxiety.id(), 10)).containsExactly(third, second, first);
    }

    @Test
    void at_most_limit_posts_are_listed_the_newest_ones() {
        rows.post(anxiety, asha, at(10));
        var second = rows.post(anxiety, asha, at(20));
        var third = rows.post(anxiety, asha, at(30));

        assertThat(posts.newestInGroup(anxiety.id(), 2)).containsExactly(third, second);
    }

    @Test
    void a_groups_posts_leave_out_other_groups_posts() {
        var career = rows.group("Career", asha);
        var mine = rows.post(anxiety, asha, at(10));
        rows.post(career, asha, at(20));

        assertThat(posts.newestInGroup(anxiety.id(), 10)).containsExactly(mine);
    }

    @Test
    void a_group_without_posts_has_none_listed() {
        var career = rows.group("Career", asha);
        rows.post(anxiety, asha, at(10));

        assertThat(posts.newestInGroup(career.id(), 10)).isEmpty();
    }

    @Test
    void a_hidden_post_is_no_longer_read_back_and_hiding_it_again_changes_nothing() {
        var group = rows.group("Grief", asha);
        var kept = rows.post(group, asha, at(1));
        var hidden = rows.post(group, asha, at(2));

        rows.write(() -> posts.hide(hidden.id(), at(5)));
        rows.write(() -> posts.hide(hidden.id(), at(6)));

        assertThat(posts.byId(hidden.id())).isEmpty();
        assertThat(posts.newestInGroup(group.id(), 10)).containsExactly(kept);
        assertThat(posts.byId(kept.id())).contains(kept);
    }

    @Test
    void a_released_post_reads_back_again_but_a_deleted_one_stays_deleted() {
        var group = rows.group("Grief", asha);
        var held = rows.post(group, asha, at(1));
        var deleted = rows.post(group, asha, at(2));
        rows.write(() -> posts.hide(held.id(), at(3)));
        rows.write(() -> posts.hide(deleted.id(), at(3)));
        rows.write(() -> posts.delete(deleted.id(), at(4)));

        rows.write(() -> posts.release(held.id()));
        rows.write(() -> posts.release(deleted.id()));

        assertThat(posts.byId(held.id())).contains(held);
        assertThat(posts.byId(deleted.id())).isEmpty();
        assertThat(posts.newestInGroup(group.id(), 10)).containsExactly(held);
    }

    @Test
    void an_edited_post_reads_back_with_its_new_content_and_edited_time_in_its_place() {
        var first = rows.post(anxiety, asha, at(1));
        var second = rows.post(anxiety, asha, at(2));
        var edited = first.edited("Better now.\nनमस्ते 🌱 and a \"quote\"", at(5));

        rows.write(() -> posts.update(edited));

        assertThat(posts.byId(first.id())).contains(edited);
        assertThat(posts.newestInGroup(anxiety.id(), 10)).containsExactly(second, edited);
    }

    @Test
    void an_update_changes_only_the_content_and_the_edited_time() {
        var post = rows.post(anxiety, asha, at(1));
        var career = rows.group("Career", asha);
        var ravi = rows.user("ravi_k");

        rows.write(() -> posts.update(new Post(post.id(), career.id(), ravi.id(), "Changed", at(9),
                Optional.of(at(10)))));

        assertThat(posts.byId(post.id())).contains(post.edited("Changed", at(10)));
        assertThat(posts.newestInGroup(career.id(), 10)).isEmpty();
    }

    @Test
    void a_second_edit_replaces_the_first() {
        var post = rows.post(anxiety, asha, at(1));

        rows.write(() -> posts.update(post.edited("Once", at(2))));
        rows.write(() -> posts.update(post.edited("Twice", at(3))));

        assertThat(posts.byId(post.id())).contains(post.edited("Twice", at(3)));
    }

    @Test
    void a_deleted_post_is_no_longer_read_back_and_deleting_it_again_changes_nothing() {
        var kept = rows.post(anxiety, asha, at(1));
        var deleted = rows.post(anxiety, asha, at(2));

        rows.write(() -> posts.delete(deleted.id(), at(5)));
        rows.write(() -> posts.delete(deleted.id(), at(6)));

        assertThat(posts.byId(deleted.id())).isEmpty();
        assertThat(posts.newestInGroup(anxiety.id(), 10)).containsExactly(kept);
        assertThat(posts.byId(kept.id())).contains(kept);
    }

    @Test
    void an_edit_brings_back_no_deleted_or_hidden_post() {
        var deleted = rows.post(anxiety, asha, at(1));
        var hidden = rows.post(anxiety, asha, at(2));
        rows.write(() -> posts.delete(deleted.id(), at(3)));
        rows.write(() -> posts.hide(hidden.id(), at(3)));

        rows.write(() -> posts.update(deleted.edited("Back again", at(4))));
        rows.write(() -> posts.update(hidden.edited("Back again", at(4))));

        assertThat(posts.byId(deleted.id())).isEmpty();
        assertThat(posts.byId(hidden.id())).isEmpty();
        assertThat(posts.newestInGroup(anxiety.id(), 10)).isEmpty();
    }

    @Test
    void an_edit_of_a_post_never_stored_stores_nothing() {
        var never = ContractRows.newPost(anxiety.id(), asha.id(), "Never stored", at(1)).edited("Edited", at(2));

        rows.write(() -> posts.update(never));

        assertThat(posts.byId(never.id())).isEmpty();
        assertThat(posts.newestInGroup(anxiety.id(), 10)).isEmpty();
    }
}
