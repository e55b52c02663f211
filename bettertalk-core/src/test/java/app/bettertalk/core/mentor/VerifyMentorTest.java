package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class VerifyMentorTest {
    private final World world = new World();

    private Mentor verify(Actor actor, UserId mentor, boolean verified) {
        return world.verifyMentor.verify(new VerifyMentor.Command(actor, mentor, verified));
    }

    private boolean verified(Actor mentor) {
        return world.mentors.byId(mentor.id()).orElseThrow().verified();
    }

    @Test
    void an_admin_verifies_a_mentor() {
        var mentor = world.unverifiedMentor("asha");
        var admin = world.admin("meera");

        verify(admin, mentor.id(), true);

        assertThat(verified(mentor)).isTrue();
    }

    @Test
    void the_operator_verifies_a_mentor() {
        var mentor = world.unverifiedMentor("asha");

        verify(Actor.operator(), mentor.id(), true);

        assertThat(verified(mentor)).isTrue();
    }

    @Test
    void an_admin_takes_a_verification_back() {
        var mentor = world.verifiedMentor("asha");
        var admin = world.admin("meera");

        verify(admin, mentor.id(), false);

        assertThat(verified(mentor)).isFalse();
    }

    @Test
    void verifying_records_when_it_happened() {
        var mentor = world.unverifiedMentor("asha");
        world.clock.advance(Duration.ofHours(6));

        verify(Actor.operator(), mentor.id(), true);

        assertThat(world.mentors.byId(mentor.id()).orElseThrow().updatedAt()).isEqualTo(world.now());
    }

    @Test
    void verifying_a_verified_mentor_again_changes_nothing() {
        var mentor = world.verifiedMentor("asha");
        var before = world.mentors.byId(mentor.id()).orElseThrow();
        world.clock.advance(Duration.ofHours(6));

        verify(Actor.operator(), mentor.id(), true);

        assertThat(world.mentors.byId(mentor.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void a_mentor_cannot_verify_themselves() {
        var mentor = world.unverifiedMentor("asha");

        var refusal = catchThrowable(() -> verify(mentor, mentor.id(), true));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
        assertThat(verified(mentor)).isFalse();
    }

    @Test
    void a_verified_mentor_cannot_verify_another() {
        var other = world.unverifiedMentor("asha");
        var verifiedOne = world.verifiedMentor("ravi");

        var refusal = catchThrowable(() -> verify(verifiedOne, other.id(), true));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
        assertThat(verified(other)).isFalse();
    }

    @Test
    void a_user_cannot_take_a_verification_back() {
        var mentor = world.verifiedMentor("asha");
        var user = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> verify(user, mentor.id(), false));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
        assertThat(verified(mentor)).isTrue();
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_verify() {
        var mentor = world.unverifiedMentor("asha");
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> verify(newcomer, mentor.id(), true));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void an_admin_who_has_not_onboarded_cannot_verify() {
        var mentor = world.unverifiedMentor("asha");
        var newcomer = world.newcomer("meera");
        world.unitOfWork.inTransaction(() -> {
            world.users.update(world.users.byId(newcomer.id()).orElseThrow().withRole(Role.ADMIN, world.now()));
            return null;
        });
        var unonboardedAdmin = world.identifyActor.identify(newcomer.id());

        var refusal = catchThrowable(() -> verify(unonboardedAdmin, mentor.id(), true));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
        assertThat(verified(mentor)).isFalse();
    }

    @Test
    void verifying_someone_who_never_applied_is_not_found() {
        var user = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> verify(Actor.operator(), user.id(), true));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.mentors.byId(user.id())).isEmpty();
    }

    @Test
    void verifying_an_unknown_person_is_not_found() {
        var refusal = catchThrowable(() -> verify(Actor.operator(), UserId.random(), true));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }
}
