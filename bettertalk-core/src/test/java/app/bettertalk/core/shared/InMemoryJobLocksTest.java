package app.bettertalk.core.shared;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryJobLocksTest extends JobLocksContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
