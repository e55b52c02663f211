package app.bettertalk.core.identity;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemorySuspensionsTest extends SuspensionsContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
