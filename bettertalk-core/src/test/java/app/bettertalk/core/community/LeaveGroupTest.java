package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class LeaveGroupTest {
    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));

    private boolean join(Actor actor) {
        return world.joinGroup.join(new JoinGroup.Command(actor, anxiety.id()));
    }

    private boolean leave(Actor actor, GroupId group) {
        return world.leaveGroup.leave(new LeaveGroup.Command(actor, group));
    }

    @Test
    void a_member_leaves_a_group() {
        var asha = world.onboardedUser("asha");
        join(asha);

        var changed = leave(asha, anxiety.id());

        assertThat(changed).isTrue();
        assertThat(world.memberships.isMember(anxiety.id(), asha.id())).isFalse();
    }

    @Test
    void leaving_again_changes_nothing_and_says_so() {
        var asha = world.onboardedUser("asha");
        join(asha);
        leave(asha, anxiety.id());

        var changed = leave(asha, anxiety.id());

        assertThat(changed).isFalse();
    }

    @Test
    void leaving_a_group_never_joined_changes_nothing() {
        var asha = world.onboardedUser("asha");
        var ravi = world.onboardedUser("ravi");
        join(ravi);

        var changed = leave(asha, anxiety.id());

        assertThat(changed).isFalse();
        assertThat(world.memberships.memberCounts(List.of(anxiety.id()))).containsEntry(anxiety.id(), 1);
    }

    @Test
    void a_person_who_left_may_join_again() {
        var asha = world.onboardedUser("asha");
        join(asha);
        leave(asha, anxiety.id());

        var changed = join(asha);

        assertThat(changed).isTrue();
        assertThat(world.memberships.isMember(anxiety.id(), asha.id())).isTrue();
    }

    @Test
    void the_posts_of_a_member_who_left_stay() {
        var asha = world.onboardedUser("asha");
        join(asha);
        var post = world.writePost.write(new WritePost.Command(asha, anxiety.id(), "Hello, everyone."));

        leave(asha, anxiety.id());

        assertThat(world.posts.byId(post.id())).contains(post);
    }

    @Test
    void a_member_who_left_can_no_longer_post() {
        var asha = world.onboardedUser("asha");
        join(asha);
        leave(asha, anxiety.id());

        var refusal = catchThrowable(() -> world.writePost.write(
                new WritePost.Command(asha, anxiety.id(), "Still here?")));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_member"));
    }

    @Test
    void leaving_an_unknown_group_is_not_found() {
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> leave(asha, GroupId.random()));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_leave() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> leave(newcomer, anxiety.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }
}
