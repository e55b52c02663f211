package app.bettertalk.core.audit;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryAuditTrailTest extends AuditTrailContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}
