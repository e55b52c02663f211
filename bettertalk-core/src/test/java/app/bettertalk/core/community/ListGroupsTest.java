package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

class ListGroupsTest {
    private final World world = new World();

    private Group group(String name) {
        return world.createGroup.create(new CreateGroup.Command(Actor.operator(), name, ""));
    }

    private void join(Actor actor, Group group) {
        world.joinGroup.join(new JoinGroup.Command(actor, group.id()));
    }

    private List<GroupCard> list(Actor actor) {
        return world.listGroups.list(new ListGroups.Query(actor));
    }

    @Test
    void every_group_is_listed_by_name_ignoring_case() {
        group("grief");
        group("Anxiety");
        group("Exam stress");
        var asha = world.onboardedUser("asha");

        var cards = list(asha);

        assertThat(cards).extracting(card -> card.group().name()).containsExactly("Anxiety", "Exam stress", "grief");
    }

    @Test
    void each_group_shows_how_many_members_it_has() {
        var anxiety = group("Anxiety");
        var grief = group("Grief");
        var asha = world.onboardedUser("asha");
        var ravi = world.onboardedUser("ravi");
        join(asha, anxiety);
        join(ravi, anxiety);

        var cards = list(asha);

        assertThat(cards).extracting(card -> card.group().id(), GroupCard::memberCount)
                .containsExactly(tuple(anxiety.id(), 2),
                        tuple(grief.id(), 0));
    }

    @Test
    void the_groups_the_viewer_joined_are_marked() {
        var anxiety = group("Anxiety");
        group("Grief");
        var asha = world.onboardedUser("asha");
        join(asha, anxiety);

        var cards = list(asha);

        assertThat(cards).extracting(card -> card.group().name(), GroupCard::joined)
                .containsExactly(tuple("Anxiety", true),
                        tuple("Grief", false));
    }

    @Test
    void a_group_another_person_joined_is_not_marked_for_the_viewer() {
        var anxiety = group("Anxiety");
        var asha = world.onboardedUser("asha");
        var ravi = world.onboardedUser("ravi");
        join(ravi, anxiety);

        var cards = list(asha);

        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.joined()).isFalse();
            assertThat(card.memberCount()).isEqualTo(1);
        });
    }

    @Test
    void leaving_lowers_the_member_count() {
        var anxiety = group("Anxiety");
        var asha = world.onboardedUser("asha");
        var ravi = world.onboardedUser("ravi");
        join(asha, anxiety);
        join(ravi, anxiety);
        world.leaveGroup.leave(new LeaveGroup.Command(ravi, anxiety.id()));

        var cards = list(asha);

        assertThat(cards).singleElement().extracting(GroupCard::memberCount).isEqualTo(1);
    }

    @Test
    void with_no_groups_the_list_is_empty() {
        var asha = world.onboardedUser("asha");

        var cards = list(asha);

        assertThat(cards).isEmpty();
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_list_groups() {
        group("Anxiety");
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> list(newcomer));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }
}
