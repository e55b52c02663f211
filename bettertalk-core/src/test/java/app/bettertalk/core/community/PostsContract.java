package app.bettertalk.core.community;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
