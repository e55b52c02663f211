package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookingPage;
import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.PaymentMode;

import java.util.Locale;

/**
 * One booking's page, display-ready; {@code status} in the core's words for where it stands by the clock.
 * {@code payable}: the core asks the viewer to pay for or cancel it;
 * {@code paymentMode}: how this server takes payment ({@code razorpay}, {@code simulated} in development mode, or
 * {@code off}), and {@code checkout} what Razorpay's checkout opens with; {@code chatId}
 * is empty until the booking is paid; {@code error} says why a payment was refused; {@code reviewable}: the core
 * offers the viewer the booking's review; {@code refundable}: the core offers the viewer to call the paid booking off
 * for a refund, under {@code cancellationRule} for the member, and {@code cancellationNote} is what the page says
 * when it does not; {@code paid}: paid and not refunded; {@code refund}:
 * where the refund of a refunded booking stands, in words, or empty.
 */
public record BookingView(String id, String planTitle, String mentorId, String mentorName, String userName,
                          boolean viewerIsBooker, String price, String validity, String status, String statusCode,
                          String bookedAt, boolean payable, String paymentMode, CheckoutView checkout,
                          String chatId, String error, boolean reviewable, boolean refundable, boolean paid,
                          String cancellationRule, String cancellationNote, String refund) {

    static BookingView of(BookingPage page, PaymentMode paymentMode, CheckoutView checkout, String error) {
        var booking = page.booking();
        return new BookingView(booking.id().toString(), booking.planTitle(), booking.mentor().toString(),
                page.mentorName(), page.userName(), page.viewerIsBooker(), Rupees.format(booking.price()),
                BookingWords.chatValidity(booking.chatWindowDays()), page.state().words(),
                page.state().code(), IndiaTime.format(booking.createdAt()),
                page.payable(), paymentMode.name().toLowerCase(Locale.ROOT), checkout,
                page.chat().map(ChatId::toString).orElse(""), error,
                page.reviewable(), page.refundable(), booking.status().isPaid(), booking.cancellationRule().words(),
                cancellationNote(booking.cancellationRule()),
                page.refund().map(BookingView::refundWords).orElse(""));
    }

    /** What the page tells the member who paid and may not cancel for a refund (any more). */
    static String cancellationNote(CancellationRule rule) {
        var stated = "Cancellation: " + rule.words();
        return rule == CancellationRule.NO_REFUNDS ? stated
                : stated + " This booking can no longer be cancelled for a refund.";
    }

    static String refundWords(Refund refund) {
        var amount = Rupees.format(refund.amount());
        return switch (refund.state()) {
            case REQUESTED -> "Refund of " + amount + ": requested. We are asking the payment provider; this can "
                    + "take a few minutes.";
            case PENDING -> "Refund of " + amount + ": on its way. It usually reaches the account or card that paid "
                    + "within 5 to 7 working days.";
            case PROCESSED -> "Refund of " + amount + ": done. It has been returned to the account or card that paid.";
            case FAILED -> "Refund of " + amount + ": the payment provider could not make it. An admin can see this "
                    + "and will return the money another way; nothing more is charged.";
        };
    }
}
