package app.bettertalk.core.moderation;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryModerationCasesTest extends ModerationCasesContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
