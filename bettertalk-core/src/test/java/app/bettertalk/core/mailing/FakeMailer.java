package app.bettertalk.core.mailing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server scripted by the test: it accepts every email under {@code <outbox-ID@test>} unless the test queued
 * other answers, which it gives in order. It keeps every email it accepted and counts the connections opened and closed.
 */
public final class FakeMailer implements Mailer {
    private final List<OutgoingEmail> accepted = new CopyOnWriteArrayList<>();
    private final List<OutgoingEmail> handed = new CopyOnWriteArrayList<>();
    private final Deque<Delivery> script = new ArrayDeque<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    /** The next emails get these answers, in order; after them, every email is accepted again. */
    public synchronized FakeMailer answer(Delivery... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** Every email the mailer accepted, in order. */
    public List<OutgoingEmail> accepted() {
        return List.copyOf(accepted);
    }

    /** Every email the mailer was handed, whatever it answered. */
    public List<OutgoingEmail> handed() {
        return List.copyOf(handed);
    }

    public int connectionsOpened() {
        return opened.get();
    }

    public int connectionsClosed() {
        return closed.get();
    }

    public static String messageIdOf(QueuedEmailId id) {
        return "<outbox-" + id.value() + "@test>";
    }

    @Override
    public Connection open() {
        opened.incrementAndGet();
        return new Connection() {
            @Override
            public Delivery deliver(OutgoingEmail email) {
                handed.add(email);
                var answer = next();
                if (answer == null || answer instanceof Delivery.Accepted) {
                    accepted.add(email);
                    return new Delivery.Accepted(messageIdOf(email.id()));
                }
                return answer;
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }

    private synchronized Delivery next() {
        return script.poll();
    }
}
