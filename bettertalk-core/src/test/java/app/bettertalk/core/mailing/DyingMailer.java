package app.bettertalk.core.mailing;

/**
 * A mailer whose process dies right after the mail server accepted email number {@code dieAfter} and before the
 * dispatcher could record it: the worst moment for at-least-once delivery.
 */
public final class DyingMailer implements Mailer {
    /** The process ending: not an exception anyone handles. */
    public static final class Died extends Error {
        private static final long serialVersionUID = 1L;

        Died() {
            super("the dispatcher's process died mid-batch");
        }
    }

    private final Mailer server;
    private final int dieAfter;
    private int accepted;

    public DyingMailer(Mailer server, int dieAfter) {
        this.server = server;
        this.dieAfter = dieAfter;
    }

    @Override
    public Connection open() {
        var connection = server.open();
        return new Connection() {
            @Override
            public Delivery deliver(OutgoingEmail email) {
                var delivery = connection.deliver(email);
                if (++accepted == dieAfter) {
                    throw new Died();
                }
                return delivery;
            }

            @Override
            public void close() {
                connection.close();
            }
        };
    }
}
