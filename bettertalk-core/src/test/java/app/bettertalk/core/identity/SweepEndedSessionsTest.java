package app.bettertalk.core.identity;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SweepEndedSessionsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");

    private String signIn() {
        return world.startSession.start(new StartSession.Command(asha.id())).token().value();
    }

    private boolean stored(String cookie) {
        return world.sessions.byTokenHash(new SessionToken(cookie).hash()).isPresent();
    }

    @Test
    void unused_and_expired_sessions_are_deleted_in_batches_and_live_ones_kept() {
        var unused = new String[5];
        for (var i = 0; i < unused.length; i++) {
            unused[i] = signIn();
        }
        world.clock.advance(world.sessionPolicy.idle().minus(Duration.ofMinutes(1)));
        var stillInUse = signIn();
        world.clock.advance(Duration.ofMinutes(1));

        var deleted = world.sweepEndedSessions.sweep(2);

        assertThat(deleted).isEqualTo(5);
        for (var cookie : unused) {
            assertThat(stored(cookie)).isFalse();
        }
        assertThat(stored(stillInUse)).isTrue();
        assertThat(world.resumeSession.resume(stillInUse)).isPresent();
        assertThat(world.sweepEndedSessions.sweep(100)).isZero();
    }

    @Test
    void a_batch_outside_one_to_ten_thousand_is_refused() {
        assertThat(catchThrowable(() -> world.sweepEndedSessions.sweep(0)))
                .isInstanceOf(DomainException.Validation.class);
        assertThat(catchThrowable(() -> world.sweepEndedSessions.sweep(10_001)))
                .isInstanceOf(DomainException.Validation.class);
    }
}
