package app.bettertalk.mysql.audit;

import app.bettertalk.core.Stores;
import app.bettertalk.core.audit.AuditTrailContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link AuditTrailContract} on every database target. */
class JdbiAuditTrailTest {
    @Nested
    class OnTheTestServer extends AuditTrailContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends AuditTrailContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends AuditTrailContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
