package app.bettertalk.core.mailing;

import app.bettertalk.core.World;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A mail server that takes {@code perEmail} of the world's time to accept each email. */
final class ClockAdvancingMailer implements Mailer {
    private final World world;
    private final Duration perEmail;
    private final List<OutgoingEmail> delivered = new CopyOnWriteArrayList<>();

    ClockAdvancingMailer(World world, Duration perEmail) {
        this.world = world;
        this.perEmail = perEmail;
    }

    List<OutgoingEmail> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    public Connection open() {
        return new Connection() {
            @Override
            public Delivery deliver(OutgoingEmail email) {
                world.clock.advance(perEmail);
                delivered.add(email);
                return new Delivery.Accepted(FakeMailer.messageIdOf(email.id()));
            }

            @Override
            public void close() {
            }
        };
    }
}
