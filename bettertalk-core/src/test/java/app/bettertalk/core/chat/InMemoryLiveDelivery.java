package app.bettertalk.core.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every message pushed live, so tests see what open chat pages would have received. */
public final class InMemoryLiveDelivery implements LiveDelivery {
    private final List<Message> delivered = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(Message message) {
        delivered.add(message);
    }

    public List<Message> delivered() {
        return List.copyOf(delivered);
    }
}
