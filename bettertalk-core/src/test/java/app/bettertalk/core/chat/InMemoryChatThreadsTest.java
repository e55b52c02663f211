package app.bettertalk.core.chat;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryChatThreadsTest extends ChatThreadsContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
