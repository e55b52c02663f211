package app.bettertalk.core.admin;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ChangeAdminRoleTest {
    private final World world = new World();
    private final ChangeAdminRole changeAdminRole =
            new ChangeAdminRole(world.users, world.mentors, world.access, world.unitOfWork, world.clock);

    private Role roleOf(Actor person) {
        return world.users.byId(person.id()).orElseThrow().role();
    }

    @Test
    void the_operator_makes_a_user_an_admin() {
        var asha = world.onboardedUser("asha");

        changeAdminRole.change(new ChangeAdminRole.Command(Actor.operator(), asha.id(), true));

        assertThat(roleOf(asha)).isEqualTo(Role.ADMIN);
    }

    @Test
    void taking_the_role_back_makes_a_mentor_a_mentor_again() {
        var ravi = world.unverifiedMentor("ravi_k");
        changeAdminRole.change(new ChangeAdminRole.Command(Actor.operator(), ravi.id(), true));

        changeAdminRole.change(new ChangeAdminRole.Command(Actor.operator(), ravi.id(), false));

        assertThat(roleOf(ravi)).isEqualTo(Role.MENTOR);
    }

    @Test
    void taking_the_role_back_makes_anyone_else_a_user() {
        var asha = world.admin("asha");

        changeAdminRole.change(new ChangeAdminRole.Command(Actor.operator(), asha.id(), false));

        assertThat(roleOf(asha)).isEqualTo(Role.USER);
    }

    @Test
    void taking_back_a_role_someone_does_not_have_changes_nothing() {
        var ravi = world.unverifiedMentor("ravi_k");
        var before = world.users.byId(ravi.id()).orElseThrow();

        var after = changeAdminRole.change(new ChangeAdminRole.Command(Actor.operator(), ravi.id(), false));

        assertThat(after).isEqualTo(before);
    }

    @Test
    void only_an_admin_changes_roles() {
        var asha = world.onboardedUser("asha");
        var ravi = world.onboardedUser("ravi_k");

        var attempt = catchThrowable(() -> changeAdminRole.change(new ChangeAdminRole.Command(asha, ravi.id(), true)));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
        assertThat(roleOf(ravi)).isEqualTo(Role.USER);
    }

    @Test
    void an_admin_cannot_take_away_their_own_role() {
        var asha = world.admin("asha");

        var attempt = catchThrowable(() -> changeAdminRole.change(new ChangeAdminRole.Command(asha, asha.id(), false)));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
        assertThat(roleOf(asha)).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_unknown_account_is_not_found() {
        var attempt = catchThrowable(() -> changeAdminRole.change(
                new ChangeAdminRole.Command(Actor.operator(), UserId.random(), true)));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }
}
