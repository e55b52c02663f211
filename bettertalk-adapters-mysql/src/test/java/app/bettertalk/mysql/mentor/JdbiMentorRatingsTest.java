package app.bettertalk.mysql.mentor;

import app.bettertalk.core.Stores;
import app.bettertalk.core.mentor.MentorRatingsContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link MentorRatingsContract} on every database target. */
class JdbiMentorRatingsTest {
    @Nested
    class OnTheTestServer extends MentorRatingsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends MentorRatingsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends MentorRatingsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
