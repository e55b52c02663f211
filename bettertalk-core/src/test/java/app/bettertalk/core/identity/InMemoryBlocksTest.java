package app.bettertalk.core.identity;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryBlocksTest extends BlocksContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
