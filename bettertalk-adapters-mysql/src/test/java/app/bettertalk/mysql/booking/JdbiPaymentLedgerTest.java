package app.bettertalk.mysql.booking;

import app.bettertalk.core.Stores;
import app.bettertalk.core.booking.PaymentLedgerContract;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The {@link PaymentLedgerContract} on every database target. */
class JdbiPaymentLedgerTest {
    @Nested
    class OnTheTestServer extends PaymentLedgerContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.SERVER);
        }
    }

    @Nested
    class OnTheTestServerThroughConnectorJ extends PaymentLedgerContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.CONNECTOR_J);
        }
    }

    @Nested
    class OnH2 extends PaymentLedgerContract {
        @Override
        protected Stores freshStores() {
            return TestDatabases.freshStores(getClass(), Target.H2);
        }
    }
}
