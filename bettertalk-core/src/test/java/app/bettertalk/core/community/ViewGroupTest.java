package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewGroupTest {
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

    private GroupPage view(Actor viewer) {
        return world.viewGroup.view(new ViewGroup.Query(viewer, anxiety.id(), 50));
    }

    @Test
    void the_page_shows_the_posts_newest_first() {
        var asha = member(world.onboardedUser("asha"));
        var first = post(asha, "First.");
        var second = post(asha, "Second.");
        var third = post(asha, "Third.");

        var page = view(asha);

        assertThat(page.posts()).extracting(GroupPage.Thread::post).containsExactly(third, second, first);
    }

    @Test
    void each_post_shows_its_own_comments_oldest_first() {
        var asha = member(world.onboardedUser("asha"));
        var ravi = member(world.onboardedUser("ravi"));
        var older = post(asha, "Older post.");
        var newer = post(asha, "Newer post.");
        var c1 = comment(ravi, older, "One.");
        var c2 = comment(asha, newer, "Two.");
        var c3 = comment(asha, older, "Three.");

        var page = view(asha);

        assertThat(page.posts().get(0).comments()).extracting(GroupPage.Reply::comment).containsExactly(c2);
        assertThat(page.posts().get(1).comments()).extracting(GroupPage.Reply::comment).containsExactly(c1, c3);
    }

    @Test
    void authors_are_shown_by_anonymous_username_never_by_display_name() {
        var asha = member(world.onboardedUser("asha"));
        world.updateProfile.update(new UpdateProfile.Command(asha, "Asha Rao", "", "30", "98765 43210"));
        var ravi = member(world.onboardedUser("ravi_k"));
        var post = post(asha, "Hello.");
        comment(ravi, post, "Hi.");

        var page = view(ravi);

        var thread = page.posts().getFirst();
        assertThat(thread.author().username()).isEqualTo("asha");
        assertThat(thread.author().id()).isEqualTo(asha.id());
        assertThat(thread.comments().getFirst().author().username()).isEqualTo("ravi_k");
    }

    @Test
    void a_verified_mentor_is_marked_as_one() {
        var mentor = member(world.verifiedMentor("asha"));
        post(mentor, "You are not alone.");
        var viewer = world.onboardedUser("ravi");

        var page = view(viewer);

        assertThat(page.posts().getFirst().author().verifiedMentor()).isTrue();
    }

    @Test
    void an_unverified_mentor_is_not_marked_as_verified() {
        var mentor = member(world.unverifiedMentor("asha"));
        post(mentor, "You are not alone.");
        var viewer = world.onboardedUser("ravi");

        var page = view(viewer);

        assertThat(page.posts().getFirst().author().verifiedMentor()).isFalse();
    }

    @Test
    void a_plain_user_is_not_marked_as_a_verified_mentor() {
        var asha = member(world.onboardedUser("asha"));
        var mentor = member(world.verifiedMentor("ravi"));
        var post = post(mentor, "Welcome.");
        comment(asha, post, "Thanks.");

        var page = view(asha);

        var thread = page.posts().getFirst();
        assertThat(thread.author().verifiedMentor()).isTrue();
        assertThat(thread.comments().getFirst().author().verifiedMentor()).isFalse();
    }

    @Test
    void a_mentor_whose_verification_was_taken_back_loses_the_mark() {
        var mentor = member(world.verifiedMentor("asha"));
        post(mentor, "Welcome.");
        world.verifyMentor.verify(new VerifyMentor.Command(Actor.operator(),
                mentor.id(), false));

        var page = view(mentor);

        assertThat(page.posts().getFirst().author().verifiedMentor()).isFalse();
    }

    @Test
    void the_page_shows_the_group_its_member_count_and_whether_the_viewer_joined() {
        member(world.onboardedUser("asha"));
        member(world.onboardedUser("ravi"));
        var viewer = world.onboardedUser("meera");

        var page = view(viewer);

        assertThat(page.group()).isEqualTo(anxiety);
        assertThat(page.memberCount()).isEqualTo(2);
        assertThat(page.joined()).isFalse();
    }

    @Test
    void a_member_sees_that_they_joined() {
        var asha = member(world.onboardedUser("asha"));

        var page = view(asha);

        assertThat(page.joined()).isTrue();
    }

    @Test
    void a_person_who_is_not_a_member_may_read_the_group() {
        var asha = member(world.onboardedUser("asha"));
        var post = post(asha, "Hello.");
        var ravi = world.onboardedUser("ravi");

        var page = view(ravi);

        assertThat(page.posts()).extracting(GroupPage.Thread::post).containsExactly(post);
    }

    @Test
    void posts_of_other_groups_are_not_shown() {
        var grief = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Grief", ""));
        var asha = member(world.onboardedUser("asha"));
        world.joinGroup.join(new JoinGroup.Command(asha, grief.id()));
        world.writePost.write(new WritePost.Command(asha, grief.id(), "Elsewhere."));

        var page = view(asha);

        assertThat(page.posts()).isEmpty();
    }

    @Test
    void at_most_the_requested_number_of_newest_posts_is_shown() {
        var asha = member(world.onboardedUser("asha"));
        post(asha, "One.");
        var two = post(asha, "Two.");
        var three = post(asha, "Three.");

        var page = world.viewGroup.view(new ViewGroup.Query(asha, anxiety.id(), 2));

        assertThat(page.posts()).extracting(GroupPage.Thread::post).containsExactly(three, two);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 201})
    void a_post_limit_outside_one_to_two_hundred_is_refused(int limit) {
        var refusal = catchThrowable(() -> new ViewGroup.Query(Actor.operator(), anxiety.id(), limit));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("limit"));
    }

    @Test
    void an_unknown_group_is_not_found() {
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> world.viewGroup.view(new ViewGroup.Query(asha, GroupId.random(), 50)));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_read_a_group() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> view(newcomer));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }
}
