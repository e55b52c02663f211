package app.bettertalk.mysql;

import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;

/** The {@link UnitOfWorkContract} on every database target. */
class JdbiUnitOfWorkTest {
    @Nested
    class OnTheTestServer extends UnitOfWorkContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends UnitOfWorkContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends UnitOfWorkContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
