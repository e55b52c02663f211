package app.bettertalk.core.safety;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryWatchedWordsTest extends WatchedWordsContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
