package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewMentorRosterTest {
    private final World world = new World();
    private final Actor admin = world.admin("meera");

    private MentorRoster view(Actor actor) {
        return world.viewMentorRoster.view(new ViewMentorRoster.Query(actor, 100));
    }

    @Test
    void an_admin_sees_the_waiting_mentors_apart_from_the_verified_ones_oldest_first() {
        var asha = world.unverifiedMentor("asha");
        world.clock.advance(Duration.ofMinutes(1));
        var ravi = world.verifiedMentor("ravi");
        world.clock.advance(Duration.ofMinutes(1));
        var kabir = world.unverifiedMentor("kabir");

        var roster = view(admin);

        assertThat(roster.awaitingVerification()).extracting(entry -> entry.mentor().id())
                .containsExactly(asha.id(), kabir.id());
        assertThat(roster.verified()).extracting(entry -> entry.mentor().id()).containsExactly(ravi.id());
    }

    @Test
    void each_mentor_is_named_by_username_and_public_name() {
        var asha = world.unverifiedMentor("asha");
        world.updateProfile.update(new UpdateProfile.Command(asha, "Asha Rao", "", "30", "98765 43210"));

        var roster = view(admin);

        assertThat(roster.awaitingVerification()).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("asha");
            assertThat(entry.name()).isEqualTo("Asha Rao");
        });
    }

    @Test
    void a_mentor_cannot_see_the_roster() {
        var mentor = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> view(mentor));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
    }

    @Test
    void a_user_cannot_see_the_roster() {
        var user = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> view(user));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
    }

    @Test
    void a_limit_outside_one_to_ten_thousand_is_refused() {
        var refusal = catchThrowable(() -> new ViewMentorRoster.Query(admin, 0));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("limit"));
    }
}
