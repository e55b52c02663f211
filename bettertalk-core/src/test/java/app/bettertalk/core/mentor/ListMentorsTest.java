package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ListMentorsTest {
    private final World world = new World();

    private List<Mentor> list(Actor actor, boolean unverifiedOnly, int limit) {
        return world.listMentors.list(new ListMentors.Query(actor, unverifiedOnly, limit));
    }

    @Test
    void an_admin_lists_every_mentor_oldest_application_first() {
        var asha = world.verifiedMentor("asha");
        world.clock.advance(Duration.ofMinutes(1));
        var ravi = world.unverifiedMentor("ravi");
        world.clock.advance(Duration.ofMinutes(1));
        var kabir = world.unverifiedMentor("kabir");
        var admin = world.admin("meera");

        var mentors = list(admin, false, 100);

        assertThat(mentors).extracting(Mentor::id).containsExactly(asha.id(), ravi.id(), kabir.id());
    }

    @Test
    void an_admin_lists_only_the_mentors_waiting_for_verification() {
        world.verifiedMentor("asha");
        world.clock.advance(Duration.ofMinutes(1));
        var ravi = world.unverifiedMentor("ravi");
        var admin = world.admin("meera");

        var mentors = list(admin, true, 100);

        assertThat(mentors).extracting(Mentor::id).containsExactly(ravi.id());
    }

    @Test
    void the_list_stops_at_the_limit() {
        var asha = world.unverifiedMentor("asha");
        world.clock.advance(Duration.ofMinutes(1));
        world.unverifiedMentor("ravi");

        var mentors = list(Actor.operator(), false, 1);

        assertThat(mentors).extracting(Mentor::id).containsExactly(asha.id());
    }

    @Test
    void a_mentor_cannot_list_mentors() {
        var mentor = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> list(mentor, false, 100));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
    }

    @Test
    void a_user_cannot_list_mentors() {
        var user = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> list(user, true, 100));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_list_mentors() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> list(newcomer, true, 100));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void a_limit_outside_one_to_ten_thousand_is_refused(int limit) {
        var refusal = catchThrowable(() -> new ListMentors.Query(Actor.operator(), false, limit));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("limit"));
    }
}
