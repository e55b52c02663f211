package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A payment provider scripted by the test: every reference is paid unless the test refused it. */
public final class FakePaymentGateway implements PaymentGateway {
    /** One question the use case asked the provider. */
    public record Check(BookingId booking, Paise amount, String paymentReference) {
    }

    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final List<Check> checks = new CopyOnWriteArrayList<>();

    public void refuse(String paymentReference, String reason) {
        refusals.put(paymentReference, reason);
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    @Override
    public PaymentVerdict verify(BookingId booking, Paise amount, String paymentReference) {
        checks.add(new Check(booking, amount, paymentReference));
        var reason = refusals.get(paymentReference);
        return reason == null ? new PaymentVerdict.Paid() : new PaymentVerdict.Refused(reason);
    }
}
