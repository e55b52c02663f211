package app.bettertalk.mysql.chat;

import app.bettertalk.core.Stores;
import app.bettertalk.core.chat.ChatMessagesContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link ChatMessagesContract} on every database target. */
class JdbiChatMessagesTest {
    @Nested
    class OnTheTestServer extends ChatMessagesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends ChatMessagesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends ChatMessagesContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
