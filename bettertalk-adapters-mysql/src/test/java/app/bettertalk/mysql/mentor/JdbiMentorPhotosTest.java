package app.bettertalk.mysql.mentor;

import app.bettertalk.core.Stores;
import app.bettertalk.core.mentor.MentorPhotosContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link MentorPhotosContract} on every database target. */
class JdbiMentorPhotosTest {
    @Nested
    class OnTheTestServer extends MentorPhotosContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends MentorPhotosContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends MentorPhotosContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
