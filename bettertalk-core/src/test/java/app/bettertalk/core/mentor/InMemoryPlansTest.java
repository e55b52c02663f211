package app.bettertalk.core.mentor;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryPlansTest extends PlansContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
