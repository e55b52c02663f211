package app.bettertalk.core.mailing;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryEmailPreferencesTest extends EmailPreferencesContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
