package app.bettertalk.core.identity;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewProfileTest {
    private final World world = new World();

    private String emailOf(Actor actor) {
        return world.users.byId(actor.id()).orElseThrow().email().value();
    }

    @Test
    void the_owner_sees_their_own_email_and_phone() {
        var asha = world.onboardedUser("asha");

        var view = world.viewProfile.view(new ViewProfile.Query(asha, asha.id()));

        assertThat(view.privateFieldsShown()).isTrue();
        assertThat(view.email()).isEqualTo(emailOf(asha));
        assertThat(view.phone()).startsWith("+91").hasSize(13);
    }

    @Test
    void the_owner_is_told_it_is_their_own_profile_and_nobody_else_is() {
        var asha = world.onboardedUser("asha");
        var admin = world.admin("meera");

        var own = world.viewProfile.view(new ViewProfile.Query(asha, asha.id()));
        var admins = world.viewProfile.view(new ViewProfile.Query(admin, asha.id()));

        assertThat(own.viewerIsOwner()).isTrue();
        assertThat(admins.viewerIsOwner()).isFalse();
    }

    @Test
    void an_admin_sees_anyones_email_and_phone() {
        var asha = world.onboardedUser("asha");
        var admin = world.admin("meera");

        var view = world.viewProfile.view(new ViewProfile.Query(admin, asha.id()));

        assertThat(view.privateFieldsShown()).isTrue();
        assertThat(view.email()).isEqualTo(emailOf(asha));
        assertThat(view.phone()).isEqualTo(
                world.users.byId(asha.id()).orElseThrow().profile().orElseThrow().phone().e164());
    }

    @Test
    void another_person_sees_the_public_fields_but_no_email_or_phone() {
        var asha = world.onboardedUser("asha");
        world.updateProfile.update(new UpdateProfile.Command(asha, "Asha", "Here to listen.", "29", "98765 43210"));
        var ravi = world.onboardedUser("ravi");

        var view = world.viewProfile.view(new ViewProfile.Query(ravi, asha.id()));

        assertThat(view.privateFieldsShown()).isFalse();
        assertThat(view.email()).isEmpty();
        assertThat(view.phone()).isEmpty();
        assertThat(view.username()).isEqualTo("asha");
        assertThat(view.displayName()).isEqualTo("Asha");
        assertThat(view.bio()).isEqualTo("Here to listen.");
        assertThat(view.age()).isEqualTo(29);
        assertThat(view.role()).isEqualTo(Role.USER);
    }

    @Test
    void a_verified_mentor_does_not_see_a_users_email_or_phone() {
        var asha = world.onboardedUser("asha");
        var mentor = world.verifiedMentor("ravi");

        var view = world.viewProfile.view(new ViewProfile.Query(mentor, asha.id()));

        assertThat(view.privateFieldsShown()).isFalse();
        assertThat(view.email()).isEmpty();
        assertThat(view.phone()).isEmpty();
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_view_profiles() {
        var asha = world.onboardedUser("asha");
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> world.viewProfile.view(new ViewProfile.Query(newcomer, asha.id())));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void the_profile_of_someone_who_has_not_onboarded_is_not_found() {
        var newcomer = world.newcomer("ravi");
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> world.viewProfile.view(new ViewProfile.Query(asha, newcomer.id())));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unknown_profile_is_not_found() {
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> world.viewProfile.view(new ViewProfile.Query(asha, UserId.random())));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }
}
