package app.bettertalk.core.identity;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.mentor.ApplyAsMentor;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTest {
    private final World world = new World();

    private SignIn.SignedIn signIn(String subject, String email, String name) {
        return world.signIn.signIn(new SignIn.Command(new GoogleSubject(subject), new EmailAddress(email), name));
    }

    @Test
    void the_first_sign_in_creates_an_account_that_still_has_to_onboard() {
        var signedIn = signIn("google-1", "asha@example.com", "Asha Rao");

        var stored = world.users.byId(signedIn.user().id()).orElseThrow();
        assertThat(signedIn.firstTime()).isTrue();
        assertThat(stored.googleSubject()).isEqualTo(new GoogleSubject("google-1"));
        assertThat(stored.email()).isEqualTo(new EmailAddress("asha@example.com"));
        assertThat(stored.role()).isEqualTo(Role.USER);
        assertThat(stored.onboarded()).isFalse();
        assertThat(stored.createdAt()).isEqualTo(world.now());
    }

    @Test
    void a_later_sign_in_with_the_same_google_subject_finds_the_same_account() {
        var first = signIn("google-1", "asha@example.com", "Asha Rao");

        var later = signIn("google-1", "asha@example.com", "Asha Rao");

        assertThat(later.firstTime()).isFalse();
        assertThat(later.user().id()).isEqualTo(first.user().id());
        assertThat(world.users.withRole(Role.USER, 10)).hasSize(1);
    }

    @Test
    void a_later_sign_in_with_a_changed_email_finds_the_account_and_follows_the_new_email() {
        var first = signIn("google-1", "asha@example.com", "Asha Rao");
        world.clock.advance(Duration.ofDays(3));

        var later = signIn("google-1", "asha.rao@example.org", "Asha Rao");

        var stored = world.users.byId(first.user().id()).orElseThrow();
        assertThat(later.user().id()).isEqualTo(first.user().id());
        assertThat(stored.email()).isEqualTo(new EmailAddress("asha.rao@example.org"));
        assertThat(stored.updatedAt()).isEqualTo(world.now());
    }

    @Test
    void a_later_sign_in_with_a_changed_google_name_follows_the_new_name() {
        var first = signIn("google-1", "asha@example.com", "Asha Rao");

        signIn("google-1", "asha@example.com", "Asha R.");

        assertThat(world.users.byId(first.user().id()).orElseThrow().googleName()).isEqualTo("Asha R.");
    }

    @Test
    void a_sign_in_with_a_known_email_but_another_google_subject_is_another_account() {
        var first = signIn("google-1", "shared@example.com", "Asha");

        var other = signIn("google-2", "shared@example.com", "Ravi");

        assertThat(other.firstTime()).isTrue();
        assertThat(other.user().id()).isNotEqualTo(first.user().id());
        assertThat(world.users.byId(first.user().id()).orElseThrow().googleName()).isEqualTo("Asha");
    }

    @Test
    void a_later_sign_in_keeps_the_profile_and_role_of_an_onboarded_mentor() {
        var first = signIn("google-1", "asha@example.com", "Asha");
        world.completeOnboarding.complete(
                new CompleteOnboarding.Command(first.user().asActor(), "98765 43210", "30", "asha", Consent.CURRENT));
        world.applyAsMentor.apply(new ApplyAsMentor.Command(
                world.identifyActor.identify(first.user().id()), World.mentorDetails()));

        var later = signIn("google-1", "asha.new@example.com", "Asha");

        assertThat(later.user().role()).isEqualTo(Role.MENTOR);
        assertThat(later.user().username()).contains(new AnonymousUsername("asha"));
        assertThat(later.user().asActor().onboarded()).isTrue();
    }

    @Test
    void a_sign_in_that_changes_nothing_leaves_the_account_untouched() {
        var first = signIn("google-1", "asha@example.com", "Asha");
        world.clock.advance(Duration.ofHours(1));

        signIn("google-1", "ASHA@example.com", "Asha");

        assertThat(world.users.byId(first.user().id()).orElseThrow()).isEqualTo(first.user());
    }
}
