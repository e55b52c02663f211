package app.bettertalk.mysql;

import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.JobLocksContract;
import org.junit.jupiter.api.Nested;

/** The {@link JobLocksContract} on every database target. */
class JdbiJobLocksTest {
    @Nested
    class OnTheTestServer extends JobLocksContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends JobLocksContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends JobLocksContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
