package app.bettertalk.core.booking;

import java.util.function.Supplier;

/**
 * Acts on each provider event once per event id: a redelivery, even one arriving while the first is still being
 * handled, gets the duplicate's answer; an event whose handling fails is forgotten, so the provider's retry of it is
 * handled afresh.
 */
final class ProviderEvents {
    private ProviderEvents() {
    }

    static <T> T once(PaymentLedger ledger, PaymentEvent event, T duplicate, Supplier<T> handle) {
        if (!ledger.recordEvent(event)) {
            return duplicate;
        }
        try {
            return handle.get();
        } catch (RuntimeException failed) {
            ledger.forgetEvent(event.eventId());
            throw failed;
        }
    }
}
