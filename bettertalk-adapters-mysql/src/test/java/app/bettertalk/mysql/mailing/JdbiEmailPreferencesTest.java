package app.bettertalk.mysql.mailing;

import app.bettertalk.core.Stores;
import app.bettertalk.core.mailing.EmailPreferencesContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link EmailPreferencesContract} on every database target. */
class JdbiEmailPreferencesTest {
    @Nested
    class OnTheTestServer extends EmailPreferencesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends EmailPreferencesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends EmailPreferencesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
