package app.bettertalk.core.safetyplan;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemorySafetyPlansTest extends SafetyPlansContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
