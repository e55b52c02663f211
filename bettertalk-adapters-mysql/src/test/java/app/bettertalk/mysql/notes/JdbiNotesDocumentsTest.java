package app.bettertalk.mysql.notes;

import app.bettertalk.core.Stores;
import app.bettertalk.core.notes.NotesDocumentsContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link NotesDocumentsContract} on every database target. */
class JdbiNotesDocumentsTest {
    @Nested
    class OnTheTestServer extends NotesDocumentsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends NotesDocumentsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends NotesDocumentsContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
