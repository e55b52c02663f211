package app.bettertalk.core.mentor;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryMentorDirectoryTest extends MentorDirectoryContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
