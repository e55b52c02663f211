package app.bettertalk.mysql.identity;

import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.SessionsContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link SessionsContract} on every database target. */
class JdbiSessionsTest {
    @Nested
    class OnTheTestServer extends SessionsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends SessionsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends SessionsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
