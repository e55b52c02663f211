package app.bettertalk.mysql.safety;

import app.bettertalk.core.Stores;
import app.bettertalk.core.safety.WatchedWordsContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link WatchedWordsContract} on every database target. */
class JdbiWatchedWordsTest {
    @Nested
    class OnTheTestServer extends WatchedWordsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends WatchedWordsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends WatchedWordsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
