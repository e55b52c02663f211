package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CreateGroupTest {
    private final World world = new World();

    private Group create(Actor actor, String name, String description) {
        return world.createGroup.create(new CreateGroup.Command(actor, name, description));
    }

    @Test
    void an_admin_opens_a_group() {
        var admin = world.admin("meera");

        var group = create(admin, "  Exam stress  ", " For students. ");

        var stored = world.groups.byId(group.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Exam stress");
        assertThat(stored.description()).isEqualTo("For students.");
        assertThat(stored.createdBy()).isEqualTo(admin.id());
        assertThat(stored.createdAt()).isEqualTo(world.now());
    }

    @Test
    void the_operator_opens_a_group() {
        var group = create(Actor.operator(), "Anxiety", "");

        assertThat(world.groups.byId(group.id())).isPresent();
    }

    @Test
    void a_name_another_group_has_ignoring_case_is_a_conflict() {
        create(Actor.operator(), "Exam Stress", "");

        var refusal = catchThrowable(() -> create(Actor.operator(), " exam STRESS ", "Again."));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("group_name_taken"));
        assertThat(world.groups.all()).hasSize(1);
    }

    @Test
    void a_user_cannot_open_a_group() {
        var user = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> create(user, "Anxiety", ""));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
        assertThat(world.groups.all()).isEmpty();
    }

    @Test
    void a_verified_mentor_cannot_open_a_group() {
        var mentor = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> create(mentor, "Anxiety", ""));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("admin_only"));
        assertThat(world.groups.all()).isEmpty();
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_open_a_group() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> create(newcomer, "Anxiety", ""));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void a_blank_name_is_refused() {
        var refusal = catchThrowable(() -> create(Actor.operator(), "   ", ""));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("name"));
        assertThat(world.groups.all()).isEmpty();
    }

    @Test
    void a_name_over_eighty_characters_is_refused() {
        var refusal = catchThrowable(() -> create(Actor.operator(), "n".repeat(81), ""));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("name"));
    }

    @Test
    void a_description_over_five_hundred_characters_is_refused() {
        var refusal = catchThrowable(() -> create(Actor.operator(), "Anxiety", "d".repeat(501)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("description"));
    }
}
