package app.bettertalk.mysql.mentor;

import app.bettertalk.core.Stores;
import app.bettertalk.core.mentor.MentorDirectoryContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link MentorDirectoryContract} on every database target. */
class JdbiMentorDirectoryTest {
    @Nested
    class OnTheTestServer extends MentorDirectoryContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends MentorDirectoryContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends MentorDirectoryContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
