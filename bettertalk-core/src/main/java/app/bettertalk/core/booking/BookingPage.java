package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.SessionState;

import java.util.Objects;
import java.util.Optional;

/**
 * One booking as its page shows it: the public names of the person who booked and of the mentor, whether the viewer
 * is the person who booked, and the pair's chat once the booking is paid. {@code payable}: the page asks the viewer
 * to pay for or cancel the booking, as they booked it and it awaits payment, so {@link ConfirmBooking} and
 * {@link CancelBooking} accept it from them. {@code state}: where the booking stands by the clock. {@code reviewable}:
 * the page offers the viewer the booking's review, as they booked it, paid, and its chat has ended by the clock, so
 * the review feature's {@code WriteReview} takes it. {@code refundable}: the page offers the viewer to call the paid
 * booking off for a refund, which {@link RefundBooking} accepts from them now (the member under the booking's
 * cancellation rule); {@code refund} is the refund of the booking's payment once one is owed.
 */
public record BookingPage(Booking booking, String userName, String mentorName, boolean viewerIsBooker,
                          boolean payable, Optional<ChatId> chat, SessionState state, boolean reviewable,
                          boolean refundable, Optional<Refund> refund) {
    public BookingPage {
        Objects.requireNonNull(refund, "refund");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(mentorName, "mentorName");
        Objects.requireNonNull(chat, "chat");
    }
}
