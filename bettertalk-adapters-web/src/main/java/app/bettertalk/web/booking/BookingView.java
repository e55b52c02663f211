package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookingPage;
import app.bettertalk.core.chat.ChatId;
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
 * offers the viewer the booking's review.
 */
public record BookingView(String id, String planTitle, String mentorId, String mentorName, String userName,
                          boolean viewerIsBooker, String price, String validity, String status, String statusCode,
                          String bookedAt, boolean payable, String paymentMode, CheckoutView checkout,
                          String chatId, String error, boolean reviewable) {

    static BookingView of(BookingPage page, PaymentMode paymentMode, CheckoutView checkout, String error) {
        var booking = page.booking();
        return new BookingView(booking.id().toString(), booking.planTitle(), booking.mentor().toString(),
                page.mentorName(), page.userName(), page.viewerIsBooker(), Rupees.format(booking.price()),
                BookingWords.chatValidity(booking.chatWindowDays()), page.state().words(),
                page.state().code(), IndiaTime.format(booking.createdAt()),
                page.payable(), paymentMode.name().toLowerCase(Locale.ROOT), checkout,
                page.chat().map(ChatId::toString).orElse(""), error,
                page.reviewable());
    }
}
