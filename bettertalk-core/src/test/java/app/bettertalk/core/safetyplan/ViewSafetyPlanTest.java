package app.bettertalk.core.safetyplan;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewSafetyPlanTest {
    private static final SafetyPlan.Sections WRITTEN = new SafetyPlan.Sections("Not sleeping.",
            "A walk to the lake.", "Priya 98765 43210", "", "");

    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");

    @Test
    void a_member_who_never_saved_a_plan_has_none_yet() {
        assertThat(view(asha, asha)).isEmpty();
    }

    @Test
    void another_member_finds_no_plan_of_someone_who_has_one() {
        save(asha);
        var ravi = world.onboardedUser("ravi_k");

        var refused = catchThrowable(() -> view(ravi, asha));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void another_member_is_refused_alike_whether_or_not_there_is_a_plan() {
        var ravi = world.onboardedUser("ravi_k");
        var meera = world.onboardedUser("meera");
        save(asha);

        var ofSomeoneWithAPlan = catchThrowable(() -> view(ravi, asha));
        var ofSomeoneWithout = catchThrowable(() -> view(ravi, meera));

        assertThat(ofSomeoneWithAPlan).isInstanceOf(DomainException.NotFound.class)
                .hasMessage(ofSomeoneWithout.getMessage());
    }

    @Test
    void an_admin_mentor_or_the_operator_cannot_read_a_members_plan() {
        save(asha);
        var readers = new Actor[]{world.admin("care_admin"), world.verifiedMentor("meera_listens"),
                Actor.operator()};

        for (var reader : readers) {
            assertThat(catchThrowable(() -> view(reader, asha))).as(reader.role().name())
                    .isInstanceOf(DomainException.NotFound.class);
        }
    }

    @Test
    void someone_who_has_not_onboarded_is_refused() {
        var newcomer = world.newcomer("nila");

        var refused = catchThrowable(() -> view(newcomer, newcomer));

        assertThat(refused).isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void a_visitor_is_refused() {
        var visitor = Actor.visitor();

        var refused = catchThrowable(() -> view(visitor, visitor));

        assertThat(refused).isInstanceOf(DomainException.Forbidden.class);
    }

    private Optional<SafetyPlan> view(Actor actor, Actor owner) {
        return world.viewSafetyPlan.view(new ViewSafetyPlan.Query(actor, owner.id()));
    }

    private void save(Actor owner) {
        world.saveSafetyPlan.save(new SaveSafetyPlan.Command(owner, owner.id(), WRITTEN));
    }
}
