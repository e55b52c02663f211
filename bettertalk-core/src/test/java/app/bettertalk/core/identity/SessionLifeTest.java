package app.bettertalk.core.identity;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** StartSession, ResumeSession and EndSession together: the life of one signed-in browser. */
class SessionLifeTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");

    private String signIn() {
        return world.startSession.start(new StartSession.Command(asha.id())).token().value();
    }

    @Test
    void a_fresh_session_resumes_as_its_account() {
        var cookie = signIn();

        var resumed = world.resumeSession.resume(cookie);

        assertThat(resumed).hasValueSatisfying(found -> assertThat(found.actor()).isEqualTo(asha));
    }

    @Test
    void only_the_hash_of_the_token_is_stored() {
        var started = world.startSession.start(new StartSession.Command(asha.id()));

        assertThat(started.session().tokenHash()).isEqualTo(started.token().hash())
                .isNotEqualTo(started.token().value()).hasSize(64);
    }

    @Test
    void every_sign_in_gets_a_new_token_and_csrf_token() {
        var first = world.startSession.start(new StartSession.Command(asha.id()));
        var second = world.startSession.start(new StartSession.Command(asha.id()));

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(second.session().csrfToken()).isNotEqualTo(first.session().csrfToken());
    }

    @Test
    void a_session_unused_for_the_idle_limit_has_ended() {
        var cookie = signIn();

        world.clock.advance(world.sessionPolicy.idle());

        assertThat(world.resumeSession.resume(cookie)).isEmpty();
    }

    @Test
    void using_a_session_keeps_it_alive_past_the_idle_limit() {
        var cookie = signIn();
        world.clock.advance(world.sessionPolicy.idle().minusMinutes(1));
        world.resumeSession.resume(cookie);

        world.clock.advance(Duration.ofMinutes(2));

        assertThat(world.resumeSession.resume(cookie)).isPresent();
    }

    @Test
    void a_session_ends_at_its_absolute_limit_however_much_it_is_used() {
        var cookie = signIn();
        var step = world.sessionPolicy.idle().minusMinutes(1);
        for (var used = Duration.ZERO; used.plus(step).compareTo(world.sessionPolicy.absolute()) < 0;
             used = used.plus(step)) {
            world.clock.advance(step);
            assertThat(world.resumeSession.resume(cookie)).isPresent();
        }

        var createdAt = world.sessions.byTokenHash(new SessionToken(cookie).hash()).orElseThrow().createdAt();
        world.clock.set(createdAt.plus(world.sessionPolicy.absolute()));

        assertThat(world.resumeSession.resume(cookie)).isEmpty();
    }

    @Test
    void use_is_recorded_at_most_once_per_touch_interval() {
        var cookie = signIn();
        var hash = new SessionToken(cookie).hash();
        var signedInAt = world.now();

        world.clock.advance(Duration.ofSeconds(30));
        world.resumeSession.resume(cookie);
        var afterHalfAMinute = world.sessions.byTokenHash(hash).orElseThrow().lastSeenAt();
        world.clock.advance(Duration.ofSeconds(30));
        world.resumeSession.resume(cookie);

        assertThat(afterHalfAMinute).isEqualTo(signedInAt);
        assertThat(world.sessions.byTokenHash(hash).orElseThrow().lastSeenAt()).isEqualTo(world.now());
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        var cookie = signIn();

        var ended = world.endSession.end(cookie);

        assertThat(ended).isTrue();
        assertThat(world.resumeSession.resume(cookie)).isEmpty();
    }

    @Test
    void unknown_and_malformed_cookies_resume_nothing() {
        assertThat(world.resumeSession.resume(SessionToken.random().value())).isEmpty();
        assertThat(world.resumeSession.resume("not a token")).isEmpty();
        assertThat(world.resumeSession.resume("")).isEmpty();
        assertThat(world.endSession.end("not a token")).isFalse();
    }

    @Test
    void a_session_resumes_with_the_accounts_current_role() {
        var cookie = signIn();
        world.users.update(world.users.byId(asha.id()).orElseThrow()
                .withRole(Role.ADMIN, world.now()));

        var resumed = world.resumeSession.resume(cookie).orElseThrow();

        assertThat(resumed.actor().isAdmin()).isTrue();
    }
}
