package app.bettertalk.mysql.review;

import app.bettertalk.core.Stores;
import app.bettertalk.core.review.ReviewsContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link ReviewsContract} on every database target. */
class JdbiReviewsTest {
    @Nested
    class OnTheTestServer extends ReviewsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends ReviewsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends ReviewsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
