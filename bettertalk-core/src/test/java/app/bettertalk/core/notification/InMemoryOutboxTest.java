package app.bettertalk.core.notification;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

import java.util.List;

class InMemoryOutboxTest extends OutboxContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }

    @Override
    protected List<Queued> queuedIn(Stores stores) {
        return ((InMemoryOutbox) stores.outbox()).queued().stream()
                .map(queued -> new Queued(queued.email(), queued.dueAt()))
                .toList();
    }
}
