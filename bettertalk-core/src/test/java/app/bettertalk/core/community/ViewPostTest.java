package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewPostTest {
    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry, together."));

    private Actor member(Actor person) {
        world.joinGroup.join(new JoinGroup.Command(person, anxiety.id()));
        return person;
    }

    private Post post(Actor author, String content) {
        world.clock.advance(Duration.ofMinutes(1));
        return world.writePost.write(new WritePost.Command(author, anxiety.id(), content));
    }

    private Comment comment(Actor author, Post on, String content) {
        world.clock.advance(Duration.ofMinutes(1));
        return world.writeComment.write(new WriteComment.Command(author, on.id(), content));
    }

    private GroupPage.Thread view(Actor viewer, Post post) {
        return world.viewPost.view(new ViewPost.Query(viewer, post.id()));
    }

    @Test
    void the_post_is_shown_with_its_own_comments_oldest_first() {
        var asha = member(world.onboardedUser("asha"));
        var ravi = member(world.onboardedUser("ravi"));
        var shown = post(asha, "Shown.");
        var other = post(asha, "Other.");
        var first = comment(ravi, shown, "First.");
        comment(ravi, other, "Elsewhere.");
        var second = comment(asha, shown, "Second.");

        var thread = view(ravi, shown);

        assertThat(thread.post()).isEqualTo(shown);
        assertThat(thread.comments()).extracting(GroupPage.Reply::comment).containsExactly(first, second);
    }

    @Test
    void writers_are_shown_by_anonymous_username_with_the_verified_mentor_tick() {
        var asha = member(world.onboardedUser("asha"));
        var mentor = member(world.verifiedMentor("ravi_k"));
        var post = post(asha, "Hello.");
        comment(mentor, post, "Welcome.");

        var thread = view(asha, post);

        assertThat(thread.author()).isEqualTo(new Author(asha.id(), "asha", false));
        assertThat(thread.comments().getFirst().author()).isEqualTo(new Author(mentor.id(), "ravi_k", true));
    }

    @Test
    void a_person_who_is_not_a_member_may_read_the_post() {
        var asha = member(world.onboardedUser("asha"));
        var post = post(asha, "Hello.");
        var meera = world.onboardedUser("meera");

        var thread = view(meera, post);

        assertThat(thread.post()).isEqualTo(post);
    }

    @Test
    void an_unknown_post_is_not_found() {
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> world.viewPost.view(new ViewPost.Query(asha, PostId.random())));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_read_a_post() {
        var asha = member(world.onboardedUser("asha"));
        var post = post(asha, "Hello.");
        var newcomer = world.newcomer("meera");

        var refusal = catchThrowable(() -> view(newcomer, post));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }
}
