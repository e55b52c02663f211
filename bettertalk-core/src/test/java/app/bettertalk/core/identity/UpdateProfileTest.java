package app.bettertalk.core.identity;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class UpdateProfileTest {
    private final World world = new World();

    private User update(Actor actor, String displayName, String bio, String age, String phone) {
        return world.updateProfile.update(new UpdateProfile.Command(actor, displayName, bio, age, phone));
    }

    private Profile profileOf(Actor actor) {
        return world.users.byId(actor.id()).orElseThrow().profile().orElseThrow();
    }

    @Test
    void the_owner_changes_display_name_bio_age_and_phone() {
        var asha = world.onboardedUser("asha");

        update(asha, "  Asha  ", " Likes long walks. ", "31", "+91-91234-56789");

        var profile = profileOf(asha);
        assertThat(profile.displayName()).isEqualTo("Asha");
        assertThat(profile.bio()).isEqualTo("Likes long walks.");
        assertThat(profile.age()).isEqualTo(31);
        assertThat(profile.phone()).isEqualTo(new PhoneNumber("+919123456789"));
    }

    @Test
    void a_display_name_with_contact_details_is_refused_and_a_bio_has_them_hidden() {
        var asha = world.onboardedUser("asha");

        var refused = catchThrowable(() -> update(asha, "Owl 98765 33333", "", "30", "98765 43210"));
        update(asha, "Owl", "Mail me owl.real@gmail.com or call 98765 33333", "30", "98765 43210");

        assertThat(refused).isInstanceOf(DomainException.Validation.class).hasMessageContaining("displayName");
        assertThat(profileOf(asha).bio()).doesNotContain("gmail").doesNotContain("98765").contains("hidden");
    }

    @Test
    void a_new_display_name_posing_as_staff_is_refused_but_a_name_kept_from_before_the_rules_is_not() {
        var asha = world.onboardedUser("asha");
        // A name stored before the rules existed, as an older release let people choose it.
        world.unitOfWork.inTransaction(() -> {
            var user = world.users.byId(asha.id()).orElseThrow();
            var profile = user.profile().orElseThrow();
            world.users.update(User.restore(user.id(), user.googleSubject(), user.email(), user.googleName(),
                    user.role(), new Profile(profile.username(), profile.phone(), profile.age(), "Support Desk",
                            profile.bio()), user.createdAt(), world.now()));
            return null;
        });

        var refused = catchThrowable(() -> update(asha, "BetterTalk Admin", "", "31", "+919123456789"));
        update(asha, "Support Desk", "Now with a bio.", "31", "+919123456789");

        assertThat(refused).isInstanceOfSatisfying(DomainException.Validation.class,
                invalid -> assertThat(invalid.field()).isEqualTo("displayName"));
        assertThat(profileOf(asha).displayName()).isEqualTo("Support Desk");
        assertThat(profileOf(asha).bio()).isEqualTo("Now with a bio.");
    }

    @Test
    void a_new_display_name_that_looks_like_another_members_username_is_refused() {
        world.onboardedUser("lily_k");
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> update(asha, "Iily_k", "", "30", "98765 43210"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("displayName");
            assertThat(invalid.rule()).isEqualTo("looks too much like another member's username; choose another");
        });
        assertThat(profileOf(asha).displayName()).isEmpty();
    }

    @Test
    void ones_own_username_is_a_fine_display_name_in_any_case() {
        var lily = world.onboardedUser("lily_k");

        update(lily, "Lily_K", "", "30", "98765 43210");

        assertThat(profileOf(lily).displayName()).isEqualTo("Lily_K");
    }

    @Test
    void a_new_display_name_posing_as_staff_with_look_alike_letters_is_refused() {
        var asha = world.onboardedUser("asha");

        for (var disguised : new String[]{"Supp\u043Ert", "Adrnin", "The M0derator", "Betterta1k Team"}) {
            var refusal = catchThrowable(() -> update(asha, disguised, "", "30", "98765 43210"));

            assertThat(refusal).as(disguised).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
                assertThat(invalid.field()).isEqualTo("displayName");
                assertThat(invalid.rule()).startsWith("must not look like BetterTalk or its staff");
            });
        }
    }

    @Test
    void a_display_name_kept_as_it_was_is_not_checked_again_when_someone_later_takes_a_username_like_it() {
        var asha = world.onboardedUser("asha");
        update(asha, "Ravi K", "", "30", "98765 43210");
        world.onboardedUser("ravik");

        update(asha, "Ravi K", "Now with a bio.", "30", "98765 43210");

        assertThat(profileOf(asha).bio()).isEqualTo("Now with a bio.");
    }

    @Test
    void an_update_never_changes_the_anonymous_username() {
        var asha = world.onboardedUser("asha");

        update(asha, "Someone Else", "", "31", "98765 43210");

        assertThat(profileOf(asha).username()).isEqualTo(new AnonymousUsername("asha"));
    }

    @Test
    void an_empty_display_name_and_bio_mean_none() {
        var asha = world.onboardedUser("asha");
        update(asha, "Asha", "A bio.", "31", "98765 43210");

        update(asha, "   ", null, "31", "98765 43210");

        assertThat(profileOf(asha).displayName()).isEmpty();
        assertThat(profileOf(asha).bio()).isEmpty();
    }

    @Test
    void an_update_records_when_it_happened() {
        var asha = world.onboardedUser("asha");
        world.clock.advance(Duration.ofDays(2));

        update(asha, "Asha", "", "31", "98765 43210");

        assertThat(world.users.byId(asha.id()).orElseThrow().updatedAt()).isEqualTo(world.now());
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_update_a_profile() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> update(newcomer, "Asha", "", "31", "98765 43210"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
        assertThat(world.users.byId(newcomer.id()).orElseThrow().onboarded()).isFalse();
    }

    @Test
    void an_unacceptable_phone_is_refused_and_changes_nothing() {
        var asha = world.onboardedUser("asha");
        var before = profileOf(asha);

        var refusal = catchThrowable(() -> update(asha, "Asha", "", "31", "12345"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("phone"));
        assertThat(profileOf(asha)).isEqualTo(before);
    }

    @Test
    void an_age_below_the_minimum_is_refused_and_changes_nothing() {
        var asha = world.onboardedUser("asha");
        var before = profileOf(asha);

        var refusal = catchThrowable(() -> update(asha, "Asha", "", "17", "98765 43210"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("age"));
        assertThat(profileOf(asha)).isEqualTo(before);
    }

    @Test
    void a_display_name_over_fifty_characters_is_refused_and_changes_nothing() {
        var asha = world.onboardedUser("asha");
        var before = profileOf(asha);

        var refusal = catchThrowable(() -> update(asha, "a".repeat(51), "", "31", "98765 43210"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("displayName"));
        assertThat(profileOf(asha)).isEqualTo(before);
    }

    @Test
    void a_bio_over_a_thousand_characters_is_refused() {
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> update(asha, "Asha", "b".repeat(1_001), "31", "98765 43210"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("bio"));
    }

    @Test
    void an_update_queues_no_email() {
        var asha = world.onboardedUser("asha");
        var emailsBefore = world.outbox.emails();

        update(asha, "Asha", "", "31", "98765 43210");

        assertThat(world.outbox.emails()).isEqualTo(emailsBefore);
    }

    @Test
    void an_update_changes_only_the_actors_own_profile() {
        var asha = world.onboardedUser("asha");
        var ravi = world.onboardedUser("ravi");
        var raviBefore = profileOf(ravi);

        update(asha, "Asha", "", "31", "98765 43210");

        assertThat(profileOf(ravi)).isEqualTo(raviBefore);
    }
}
