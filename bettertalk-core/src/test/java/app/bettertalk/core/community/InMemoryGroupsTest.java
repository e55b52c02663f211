package app.bettertalk.core.community;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryGroupsTest extends GroupsContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
