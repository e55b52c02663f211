package app.bettertalk.core.identity;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CompleteOnboardingTest {
    private final World world = new World();

    private User onboard(Actor actor, String phone, String age, String username) {
        return world.completeOnboarding.complete(new CompleteOnboarding.Command(actor, phone, age, username,
                Consent.CURRENT));
    }

    private User stored(Actor actor) {
        return world.users.byId(actor.id()).orElseThrow();
    }

    @Test
    void onboarding_stores_the_phone_in_e164_the_age_and_the_anonymous_username() {
        var newcomer = world.newcomer("asha");

        onboard(newcomer, "098765 43210", "27", "Asha_K");

        var profile = stored(newcomer).profile().orElseThrow();
        assertThat(profile.phone()).isEqualTo(new PhoneNumber("+919876543210"));
        assertThat(profile.age()).isEqualTo(27);
        assertThat(profile.username()).isEqualTo(new AnonymousUsername("Asha_K"));
        assertThat(profile.displayName()).isEmpty();
        assertThat(profile.bio()).isEmpty();
    }

    @Test
    void onboarding_records_the_version_of_the_terms_agreed_to_and_when() {
        var newcomer = world.newcomer("asha");
        world.clock.advance(Duration.ofMinutes(3));

        onboard(newcomer, "98765 43210", "30", "asha");

        assertThat(world.users.consentsOf(newcomer.id())).containsExactly(new Consent(Consent.CURRENT, world.now()));
    }

    @Test
    void without_agreeing_to_the_current_terms_nothing_is_stored_and_the_refusal_says_why() {
        var newcomer = world.newcomer("asha");

        var unticked = catchThrowable(() -> world.completeOnboarding.complete(
                new CompleteOnboarding.Command(newcomer, "98765 43210", "30", "asha", "")));
        var stale = catchThrowable(() -> world.completeOnboarding.complete(
                new CompleteOnboarding.Command(newcomer, "98765 43210", "30", "asha", "2020-01-01")));

        assertThat(unticked).isInstanceOfSatisfying(DomainException.Validation.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("terms");
            assertThat(refusal.rule()).isEqualTo("agree to the terms and the privacy notice to continue");
        });
        assertThat(stale).isInstanceOfSatisfying(DomainException.Validation.class, refusal -> assertThat(
                refusal.rule()).isEqualTo("the terms changed since this page opened: read them again and agree to "
                + "continue"));
        assertThat(stored(newcomer).onboarded()).isFalse();
        assertThat(world.users.consentsOf(newcomer.id())).isEmpty();
        assertThat(world.outbox.emails()).isEmpty();
    }

    @Test
    void after_onboarding_the_person_is_identified_as_onboarded() {
        var newcomer = world.newcomer("asha");

        onboard(newcomer, "98765 43210", "30", "asha");

        assertThat(world.identifyActor.identify(newcomer.id()).onboarded()).isTrue();
    }

    @Test
    void onboarding_keeps_the_role_and_records_when_it_happened() {
        var newcomer = world.newcomer("asha");
        world.clock.advance(Duration.ofMinutes(5));

        onboard(newcomer, "98765 43210", "30", "asha");

        assertThat(stored(newcomer).role()).isEqualTo(Role.USER);
        assertThat(stored(newcomer).updatedAt()).isEqualTo(world.now());
    }

    @Test
    void onboarding_queues_exactly_one_welcome_email_to_the_person() {
        var newcomer = world.newcomer("asha");

        onboard(newcomer, "98765 43210", "30", "asha");

        assertThat(world.outbox.emails()).containsExactly(new Email.OnboardingCompleted(newcomer.id(), "asha"));
        assertThat(world.outbox.queued().getFirst().dueAt()).isEqualTo(world.now());
    }

    @Test
    void a_second_onboarding_is_a_conflict() {
        var newcomer = world.newcomer("asha");
        onboard(newcomer, "98765 43210", "30", "asha");

        var refusal = catchThrowable(() -> onboard(newcomer, "98765 43210", "30", "asha_two"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("already_onboarded"));
    }

    @Test
    void a_second_onboarding_leaves_the_username_and_profile_unchanged() {
        var newcomer = world.newcomer("asha");
        onboard(newcomer, "98765 43210", "30", "asha");
        var before = stored(newcomer);

        catchThrowable(() -> onboard(newcomer, "91234 56789", "40", "asha_two"));

        assertThat(stored(newcomer)).isEqualTo(before);
        assertThat(stored(newcomer).username()).contains(new AnonymousUsername("asha"));
    }

    @Test
    void a_second_onboarding_queues_no_second_email() {
        var newcomer = world.newcomer("asha");
        onboard(newcomer, "98765 43210", "30", "asha");

        catchThrowable(() -> onboard(newcomer, "98765 43210", "30", "asha_two"));

        assertThat(world.outbox.emails()).hasSize(1);
    }

    @Test
    void a_username_another_person_holds_is_a_conflict() {
        world.onboardedUser("asha");
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> onboard(newcomer, "98765 43210", "30", "asha"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("username_taken"));
    }

    @Test
    void a_username_another_person_holds_in_another_case_is_a_conflict() {
        world.onboardedUser("asha_k");
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> onboard(newcomer, "98765 43210", "30", "ASHA_K"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("username_taken"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Iily_k", "LILY_K", "1ily_k", "li1y_k"})
    void a_username_that_looks_like_one_another_person_holds_is_taken(String lookalike) {
        world.onboardedUser("lily_k");
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> onboard(newcomer, "98765 43210", "30", lookalike));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> {
            assertThat(conflict.reason()).isEqualTo("username_taken");
            assertThat(conflict.getMessage()).isEqualTo("That anonymous username is taken; choose another.");
        });
        assertThat(stored(newcomer).onboarded()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rnentor", "adrnin", "supp0rt", "Supp0rt_1", "rnoderator", "betterta1k_fan"})
    void a_username_that_looks_like_a_reserved_word_is_reserved(String disguised) {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> onboard(newcomer, "98765 43210", "30", disguised));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, validation -> {
            assertThat(validation.field()).isEqualTo("username");
            assertThat(validation.rule()).isEqualTo("is reserved; choose another");
        });
    }

    @Test
    void a_username_that_only_resembles_another_is_free() {
        world.onboardedUser("lily_k");
        var newcomer = world.newcomer("ravi");

        onboard(newcomer, "98765 43210", "30", "lily_j");

        assertThat(stored(newcomer).username()).contains(new AnonymousUsername("lily_j"));
    }

    @Test
    void an_onboarding_refused_for_a_taken_username_changes_nothing_and_queues_no_email() {
        var asha = world.onboardedUser("asha");
        var newcomer = world.newcomer("ravi");
        var before = stored(newcomer);
        var emailsBefore = world.outbox.emails();

        catchThrowable(() -> onboard(newcomer, "98765 43210", "30", "Asha"));

        assertThat(stored(newcomer)).isEqualTo(before);
        assertThat(stored(newcomer).onboarded()).isFalse();
        assertThat(world.outbox.emails()).isEqualTo(emailsBefore)
                .containsExactly(new Email.OnboardingCompleted(asha.id(), "asha"));
    }

    @Test
    void a_refused_person_may_onboard_with_another_username() {
        world.onboardedUser("asha");
        var newcomer = world.newcomer("ravi");
        catchThrowable(() -> onboard(newcomer, "98765 43210", "30", "asha"));

        onboard(newcomer, "98765 43210", "30", "ravi_k");

        assertThat(stored(newcomer).username()).contains(new AnonymousUsername("ravi_k"));
        assertThat(world.outbox.emails(Email.OnboardingCompleted.class))
                .contains(new Email.OnboardingCompleted(newcomer.id(), "ravi_k"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a_name_much_too_long_x", "asha k", "asha-k", "asha@example.com", "9876543210",
            "asha9876543", "admin", "Mentor", "support_1", "BetterTalk", "___", ""})
    void an_unacceptable_username_is_a_validation_error_on_username(String username) {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> onboard(newcomer, "98765 43210", "30", username));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("username"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "98765 4321", "58765 43210", "phone", "+91 58765 43210", ""})
    void an_unacceptable_phone_is_a_validation_error_on_phone(String phone) {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> onboard(newcomer, phone, "30", "asha"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "0", "121", "30.5", "thirty", "-30", ""})
    void an_unacceptable_age_is_a_validation_error_on_age(String age) {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> onboard(newcomer, "98765 43210", age, "asha"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("age"));
    }

    @Test
    void an_eighteen_year_old_may_onboard_by_default() {
        var newcomer = world.newcomer("asha");

        onboard(newcomer, "98765 43210", "18", "asha");

        assertThat(stored(newcomer).profile().orElseThrow().age()).isEqualTo(18);
    }

    @Test
    void a_deployment_with_a_higher_minimum_age_refuses_people_below_it() {
        var strict = new CompleteOnboarding(world.users, world.lookalikes, world.outbox, world.unitOfWork,
                world.clock, new AgeLimits(21, 100));
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> strict.complete(
                new CompleteOnboarding.Command(newcomer, "98765 43210", "20", "asha", Consent.CURRENT)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("age"));
        assertThat(stored(newcomer).onboarded()).isFalse();
    }

    @Test
    void a_deployment_with_a_higher_minimum_age_accepts_people_at_it() {
        var strict = new CompleteOnboarding(world.users, world.lookalikes, world.outbox, world.unitOfWork,
                world.clock, new AgeLimits(21, 100));
        var newcomer = world.newcomer("asha");

        strict.complete(new CompleteOnboarding.Command(newcomer, "98765 43210", "21", "asha", Consent.CURRENT));

        assertThat(stored(newcomer).profile().orElseThrow().age()).isEqualTo(21);
    }

    @Test
    void an_onboarding_refused_for_its_input_changes_nothing_and_queues_no_email() {
        var newcomer = world.newcomer("asha");
        var before = stored(newcomer);

        catchThrowable(() -> onboard(newcomer, "98765 43210", "16", "asha"));

        assertThat(stored(newcomer)).isEqualTo(before);
        assertThat(world.outbox.emails()).isEmpty();
    }

    @Test
    void a_username_refused_for_its_input_stays_free_for_its_first_valid_use() {
        var newcomer = world.newcomer("asha");
        catchThrowable(() -> onboard(newcomer, "12", "30", "asha"));
        var other = world.newcomer("ravi");

        onboard(other, "98765 43210", "30", "asha");

        assertThat(stored(other).username()).contains(new AnonymousUsername("asha"));
    }

    @Test
    void onboarding_an_account_that_does_not_exist_is_not_found() {
        var ghost = new Actor(UserId.random(), Role.USER, false);

        var refusal = catchThrowable(() -> onboard(ghost, "98765 43210", "30", "asha"));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.outbox.emails()).isEmpty();
    }
}
