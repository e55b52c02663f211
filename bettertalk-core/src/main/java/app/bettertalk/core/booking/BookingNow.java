package app.bettertalk.core.booking;

import app.bettertalk.core.chat.SessionState;

import java.util.Objects;

/** A booking as stored, and where it stands now by the core's clock (which may be ahead of its stored status). */
public record BookingNow(Booking booking, SessionState state) {
    public BookingNow {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(state, "state");
    }
}
