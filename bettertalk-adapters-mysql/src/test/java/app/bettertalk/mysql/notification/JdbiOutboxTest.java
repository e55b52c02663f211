package app.bettertalk.mysql.notification;

import app.bettertalk.core.Stores;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.notification.OutboxContract;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

import java.util.List;

/** The {@link OutboxContract} on every database target, reading the rows back through {@link EmailCodec}. */
class JdbiOutboxTest {

    abstract static class OnTarget extends OutboxContract {
        private Database database;

        abstract Target target();

        @Override
        protected Stores freshStores() {
            database = TestDatabases.emptied(getClass(), target());
            return TestDatabases.stores(database);
        }

        @Override
        protected List<Queued> queuedIn(Stores stores) {
            return database.jdbi().withHandle(handle -> handle.createQuery(
                            "SELECT kind, recipient_id, payload, due_at FROM email_outbox ORDER BY id")
                    .map((rs, ctx) -> new Queued(EmailCodec.decode(EmailKind.valueOf(rs.getString("kind")),
                            new UserId(Columns.uuid(rs, "recipient_id")), rs.getString("payload")),
                            Columns.instant(rs, "due_at")))
                    .list());
        }
    }

    @Nested
    class OnTheTestServer extends OnTarget {
        @Override
        Target target() {
            return Target.SERVER;
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends OnTarget {
        @Override
        Target target() {
            return Target.CONNECTOR_J;
        }
    }

    @Nested
    class OnH2 extends OnTarget {
        @Override
        Target target() {
            return Target.H2;
        }
    }
}
