package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SeedGroupsTest {
    private final World world = new World();
    private final SeedGroups seedGroups = new SeedGroups(world.groups, world.access, world.unitOfWork, world.clock);

    private SeedGroups.Report seed(SeedGroups.Draft... drafts) {
        return seedGroups.seed(new SeedGroups.Command(Actor.operator(), List.of(drafts)));
    }

    @Test
    void seeding_creates_each_group_of_the_list() {
        var report = seed(new SeedGroups.Draft("Anxiety", "Worry less"), new SeedGroups.Draft("Breakups", ""));

        assertThat(report.created()).containsExactly("Anxiety", "Breakups");
        assertThat(world.groups.all()).extracting(Group::name).containsExactly("Anxiety", "Breakups");
    }

    @Test
    void seeding_the_same_list_again_creates_nothing_and_says_what_it_skipped() {
        seed(new SeedGroups.Draft("Anxiety", ""));

        var again = seed(new SeedGroups.Draft("anxiety ", ""), new SeedGroups.Draft("Career", ""));

        assertThat(again.created()).containsExactly("Career");
        assertThat(again.skipped()).containsExactly("anxiety");
        assertThat(world.groups.all()).hasSize(2);
    }

    @Test
    void one_bad_group_in_the_list_creates_none_of_them() {
        var attempt = catchThrowable(() -> seed(new SeedGroups.Draft("Anxiety", ""), new SeedGroups.Draft(" ", "")));

        assertThat(attempt).isInstanceOf(DomainException.Validation.class);
        assertThat(world.groups.all()).isEmpty();
    }

    @Test
    void the_same_name_twice_in_one_list_is_refused() {
        var attempt = catchThrowable(() -> seed(new SeedGroups.Draft("Anxiety", ""), new SeedGroups.Draft("ANXIETY", "")));

        assertThat(attempt).isInstanceOf(DomainException.Validation.class)
                .hasMessageContaining("groups[1].name");
    }

    @Test
    void only_admins_seed_groups() {
        var asha = world.onboardedUser("asha");

        var attempt = catchThrowable(() -> seedGroups.seed(
                new SeedGroups.Command(asha, List.of(new SeedGroups.Draft("Anxiety", "")))));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
    }
}
