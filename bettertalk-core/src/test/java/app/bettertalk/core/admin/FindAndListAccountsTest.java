package app.bettertalk.core.admin;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class FindAndListAccountsTest {
    private final World world = new World();
    private final FindAccount findAccount = new FindAccount(world.users, world.access);
    private final ListUsers listUsers = new ListUsers(world.users, world.access);

    @Test
    void an_admin_finds_an_account_by_email_or_by_id_even_before_onboarding() {
        var newcomer = world.newcomer("Asha");
        var email = world.users.byId(newcomer.id()).orElseThrow().email().value();

        var byEmail = findAccount.find(new FindAccount.Query(Actor.operator(), email.toUpperCase()));
        var byId = findAccount.find(new FindAccount.Query(Actor.operator(), newcomer.id().toString()));

        assertThat(byEmail.id()).isEqualTo(newcomer.id());
        assertThat(byId.id()).isEqualTo(newcomer.id());
    }

    @Test
    void an_unknown_email_or_a_malformed_id_is_refused_clearly() {
        var unknown = catchThrowable(() -> findAccount.find(new FindAccount.Query(Actor.operator(), "x@example.com")));
        var malformed = catchThrowable(() -> findAccount.find(new FindAccount.Query(Actor.operator(), "42")));

        assertThat(unknown).isInstanceOf(DomainException.NotFound.class);
        assertThat(malformed).isInstanceOf(DomainException.Validation.class);
    }

    @Test
    void people_who_are_not_admins_find_nobody() {
        var asha = world.onboardedUser("asha");

        var attempt = catchThrowable(() -> findAccount.find(new FindAccount.Query(asha, asha.id().toString())));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void accounts_are_listed_oldest_first_and_filtered_by_role() {
        var asha = world.onboardedUser("asha");
        world.clock.advance(Duration.ofMinutes(1));
        var ravi = world.unverifiedMentor("ravi_k");
        world.clock.advance(Duration.ofMinutes(1));
        var meera = world.admin("meera");

        var everyone = listUsers.list(new ListUsers.Query(Actor.operator(), List.of(), 100));
        var mentors = listUsers.list(new ListUsers.Query(Actor.operator(), List.of(Role.MENTOR), 100));
        var firstTwo = listUsers.list(new ListUsers.Query(Actor.operator(), List.of(), 2));

        assertThat(everyone).extracting(user -> user.id()).containsExactly(asha.id(), ravi.id(), meera.id());
        assertThat(mentors).extracting(user -> user.id()).containsExactly(ravi.id());
        assertThat(firstTwo).hasSize(2);
    }
}
