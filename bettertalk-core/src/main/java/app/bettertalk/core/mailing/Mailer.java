package app.bettertalk.core.mailing;

import app.bettertalk.core.shared.Port;

/** Where emails go out: an SMTP server, or a folder of {@code .eml} files when no server is configured. */
@Port
public interface Mailer {
    /** Starts a run of sends (a sweep opens one); they may share one server connection, which closing releases. */
    Connection open();

    /** A run of sends, delivered one at a time by one thread; opening it need not reach the server yet. */
    interface Connection extends AutoCloseable {
        /** Renders and sends one email; failures come back as a {@link Delivery}, not thrown. */
        Delivery deliver(OutgoingEmail email);

        @Override
        void close();
    }
}
