package app.bettertalk.mysql.safetyplan;

import app.bettertalk.core.Stores;
import app.bettertalk.core.safetyplan.SafetyPlansContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link SafetyPlansContract} on every database target. */
class JdbiSafetyPlansTest {
    @Nested
    class OnTheTestServer extends SafetyPlansContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends SafetyPlansContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends SafetyPlansContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
