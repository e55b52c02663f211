package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class WritePostTest {
    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));

    private Actor member(String username) {
        var person = world.onboardedUser(username);
        world.joinGroup.join(new JoinGroup.Command(person, anxiety.id()));
        return person;
    }

    private Post write(Actor actor, GroupId group, String content) {
        return world.writePost.write(new WritePost.Command(actor, group, content));
    }

    private int postsInGroup() {
        return world.posts.newestInGroup(anxiety.id(), 200).size();
    }

    @Test
    void a_member_posts_in_the_group() {
        var asha = member("asha");

        var post = write(asha, anxiety.id(), "  Bad day today.  ");

        var stored = world.posts.byId(post.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo("Bad day today.");
        assertThat(stored.author()).isEqualTo(asha.id());
        assertThat(stored.group()).isEqualTo(anxiety.id());
        assertThat(stored.createdAt()).isEqualTo(world.now());
    }

    @Test
    void a_person_who_is_not_a_member_cannot_post() {
        var ravi = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> write(ravi, anxiety.id(), "Hello?"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_member"));
        assertThat(postsInGroup()).isZero();
    }

    @Test
    void an_admin_who_is_not_a_member_cannot_post() {
        var admin = world.admin("meera");

        var refusal = catchThrowable(() -> write(admin, anxiety.id(), "Announcement."));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_member"));
    }

    @Test
    void a_member_of_another_group_cannot_post_here() {
        var grief = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Grief", ""));
        var ravi = world.onboardedUser("ravi");
        world.joinGroup.join(new JoinGroup.Command(ravi, grief.id()));

        var refusal = catchThrowable(() -> write(ravi, anxiety.id(), "Wrong room."));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_member"));
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_post() {
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> write(newcomer, anxiety.id(), "Hello?"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void posting_in_an_unknown_group_is_not_found() {
        var asha = member("asha");

        var refusal = catchThrowable(() -> write(asha, GroupId.random(), "Hello?"));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t "})
    void blank_content_is_refused(String content) {
        var asha = member("asha");

        var refusal = catchThrowable(() -> write(asha, anxiety.id(), content));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("content"));
        assertThat(postsInGroup()).isZero();
    }

    @Test
    void ten_thousand_characters_are_accepted() {
        var asha = member("asha");

        var post = write(asha, anxiety.id(), "p".repeat(10_000));

        assertThat(post.content()).hasSize(10_000);
    }

    @Test
    void ten_thousand_characters_after_stripping_are_accepted() {
        var asha = member("asha");

        var post = write(asha, anxiety.id(), "  " + "p".repeat(10_000) + "  ");

        assertThat(post.content()).hasSize(10_000);
    }

    @Test
    void ten_thousand_and_one_characters_are_refused() {
        var asha = member("asha");

        var refusal = catchThrowable(() -> write(asha, anxiety.id(), "p".repeat(10_001)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("content"));
        assertThat(postsInGroup()).isZero();
    }

    @Test
    void the_limit_counts_characters_not_utf16_units() {
        var asha = member("asha");

        var post = write(asha, anxiety.id(), "🙂".repeat(10_000));

        assertThat(post.content().codePointCount(0, post.content().length())).isEqualTo(10_000);
    }

    @Test
    void line_breaks_inside_a_post_are_kept() {
        var asha = member("asha");

        var post = write(asha, anxiety.id(), "First line.\nSecond line.");

        assertThat(post.content()).isEqualTo("First line.\nSecond line.");
    }

    @Test
    void control_characters_are_refused() {
        var asha = member("asha");

        var refusal = catchThrowable(() -> write(asha, anxiety.id(), "Hello\u0000there"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("content"));
    }
}
