package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class JoinGroupTest {
    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));

    private boolean join(Actor actor, GroupId group) {
        return world.joinGroup.join(new JoinGroup.Command(actor, group));
    }

    private int members(Group group) {
        return world.memberships.memberCounts(List.of(group.id())).getOrDefault(group.id(), 0);
    }

    @Test
    void an_onboarded_person_joins_a_group() {
        var asha = world.onboardedUser("asha");

        var changed = join(asha, anxiety.id());

        assertThat(changed).isTrue();
        assertThat(world.memberships.isMember(anxiety.id(), asha.id())).isTrue();
    }

    @Test
    void joining_again_changes_nothing_and_says_so() {
        var asha = world.onboardedUser("asha");
        join(asha, anxiety.id());

        var changed = join(asha, anxiety.id());

        assertThat(changed).isFalse();
        assertThat(members(anxiety)).isEqualTo(1);
    }

    @Test
    void each_person_who_joins_counts_once() {
        var asha = world.onboardedUser("asha");
        var ravi = world.onboardedUser("ravi");
        join(asha, anxiety.id());

        join(ravi, anxiety.id());

        assertThat(members(anxiety)).isEqualTo(2);
    }

    @Test
    void mentors_and_admins_may_join_like_anyone() {
        var mentor = world.unverifiedMentor("asha");
        var admin = world.admin("meera");

        var mentorJoined = join(mentor, anxiety.id());
        var adminJoined = join(admin, anxiety.id());

        assertThat(mentorJoined).isTrue();
        assertThat(adminJoined).isTrue();
    }

    @Test
    void joining_a_group_puts_the_person_only_in_that_group() {
        var grief = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Grief", ""));
        var asha = world.onboardedUser("asha");

        join(asha, anxiety.id());

        assertThat(world.memberships.isMember(grief.id(), asha.id())).isFalse();
    }

    @Test
    void joining_an_unknown_group_is_not_found() {
        var asha = world.onboardedUser("asha");
        var unknown = GroupId.random();

        var refusal = catchThrowable(() -> join(asha, unknown));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.memberships.groupsOf(asha.id())).isEmpty();
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_join() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> join(newcomer, anxiety.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
        assertThat(world.memberships.isMember(anxiety.id(), newcomer.id())).isFalse();
    }
}
