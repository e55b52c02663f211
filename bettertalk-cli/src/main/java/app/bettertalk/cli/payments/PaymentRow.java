package app.bettertalk.cli.payments;

import app.bettertalk.core.booking.PaymentRecord;

/** One line of the payment ledger as {@code --json} prints it: ids, amounts and states; no card or bank data. */
public record PaymentRow(String booking, String order, long amountPaise, String currency, String state,
                         String payment, String lastFailure, String createdAt, String updatedAt) {
    static PaymentRow of(PaymentRecord record) {
        return new PaymentRow(record.booking().toString(), record.orderId(), record.amount().value(),
                record.currency(), record.state().name(), record.paymentId(), record.lastFailure(),
                record.createdAt().toString(), record.updatedAt().toString());
    }
}
