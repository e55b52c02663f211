package app.bettertalk.mysql.mailing;

import app.bettertalk.core.Stores;
import app.bettertalk.core.mailing.QueuedEmailsContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link QueuedEmailsContract} on every database target. */
class JdbiQueuedEmailsTest {
    @Nested
    class OnTheTestServer extends QueuedEmailsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends QueuedEmailsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends QueuedEmailsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
