package app.bettertalk.mysql.moderation;

import app.bettertalk.core.Stores;
import app.bettertalk.core.moderation.ModerationCasesContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link ModerationCasesContract} on every database target. */
class JdbiModerationCasesTest {
    @Nested
    class OnTheTestServer extends ModerationCasesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends ModerationCasesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends ModerationCasesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
