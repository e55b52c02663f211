package app.bettertalk.core.identity;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class IdentifyActorTest {
    private final World world = new World();

    @Test
    void a_newcomer_is_a_user_who_has_not_onboarded() {
        var newcomer = world.newcomer("asha");

        var actor = world.identifyActor.identify(newcomer.id());

        assertThat(actor).isEqualTo(new Actor(newcomer.id(), Role.USER, false));
    }

    @Test
    void a_person_who_finished_onboarding_is_identified_as_onboarded() {
        var newcomer = world.newcomer("asha");
        world.completeOnboarding.complete(new CompleteOnboarding.Command(newcomer, "98765 43210", "30", "asha", Consent.CURRENT));

        var actor = world.identifyActor.identify(newcomer.id());

        assertThat(actor.onboarded()).isTrue();
    }

    @Test
    void the_actor_is_read_fresh_so_a_new_role_shows_at_once() {
        var asha = world.onboardedUser("asha");
        world.applyAsMentor.apply(new ApplyAsMentor.Command(asha, World.mentorDetails()));

        var actor = world.identifyActor.identify(asha.id());

        assertThat(actor.role()).isEqualTo(Role.MENTOR);
    }

    @Test
    void an_unknown_user_id_is_not_found() {
        var nobody = UserId.random();

        var refusal = catchThrowable(() -> world.identifyActor.identify(nobody));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }
}
