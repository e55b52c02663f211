package app.bettertalk.core.mentor;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryMentorPhotosTest extends MentorPhotosContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
