package app.bettertalk.mysql.chat;

import app.bettertalk.core.Stores;
import app.bettertalk.core.chat.ChatReadsContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link ChatReadsContract} on every database target. */
class JdbiChatReadsTest {
    @Nested
    class OnTheTestServer extends ChatReadsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends ChatReadsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends ChatReadsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
