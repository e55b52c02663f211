package app.bettertalk.core.safetyplan;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SaveSafetyPlanTest {
    private static final SafetyPlan.Sections WRITTEN = new SafetyPlan.Sections("Not sleeping.",
            "A walk to the lake.", "Priya 98765 43210", "My cat Biscuit.", "Give the pills to Amma to keep.");

    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");

    @Test
    void a_member_saves_their_plan_and_reads_it_back() {
        var saved = save(asha, asha, WRITTEN);

        var read = world.viewSafetyPlan.view(new ViewSafetyPlan.Query(asha, asha.id()));

        assertThat(read).contains(saved);
        assertThat(saved.sections()).isEqualTo(WRITTEN);
        assertThat(saved.owner()).isEqualTo(asha.id());
    }

    @Test
    void the_plan_is_stamped_with_the_clocks_time() {
        world.clock.advance(Duration.ofHours(3));

        var saved = save(asha, asha, WRITTEN);

        assertThat(saved.updatedAt()).isEqualTo(world.now());
    }

    @Test
    void saving_again_replaces_the_plan() {
        save(asha, asha, WRITTEN);
        world.clock.advance(Duration.ofDays(1));
        var changed = new SafetyPlan.Sections("Staying in bed all day.", "", "", "", "");

        save(asha, asha, changed);

        assertThat(world.safetyPlans.of(asha.id())).hasValueSatisfying(plan -> {
            assertThat(plan.sections()).isEqualTo(changed);
            assertThat(plan.updatedAt()).isEqualTo(world.now());
        });
        assertThat(world.safetyPlans.count()).isEqualTo(1);
    }

    @Test
    void another_member_cannot_write_someones_plan_nor_learn_that_it_exists() {
        save(asha, asha, WRITTEN);
        var ravi = world.onboardedUser("ravi_k");

        var refused = catchThrowable(() -> save(ravi, asha, SafetyPlan.Sections.EMPTY));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.safetyPlans.of(asha.id()).orElseThrow().sections()).isEqualTo(WRITTEN);
    }

    @Test
    void an_admin_cannot_write_someones_plan_either() {
        var admin = world.admin("care_admin");

        var refused = catchThrowable(() -> save(admin, asha, WRITTEN));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.safetyPlans.of(asha.id())).isEmpty();
    }

    @Test
    void someone_who_has_not_onboarded_keeps_no_plan() {
        var newcomer = world.newcomer("meera");

        var refused = catchThrowable(() -> save(newcomer, newcomer, WRITTEN));

        assertThat(refused).isInstanceOf(DomainException.Forbidden.class);
        assertThat(((DomainException.Forbidden) refused).reason()).isEqualTo("onboarding_required");
        assertThat(world.safetyPlans.of(newcomer.id())).isEmpty();
    }

    private SafetyPlan save(Actor actor, Actor owner, SafetyPlan.Sections sections) {
        return world.saveSafetyPlan.save(new SaveSafetyPlan.Command(actor, owner.id(), sections));
    }
}
