package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.CancelBooking;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.ViewBookingPage;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebRefusal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/**
 * A booking's page, its simulated payment (development mode only) and its cancellation. Someone else's booking is
 * not found, never forbidden: its existence is not given away.
 */
final class BookingHandlers {
    private final ViewBookingPage viewBookingPage;
    private final ConfirmBooking confirmBooking;
    private final CancelBooking cancelBooking;

    BookingHandlers(ViewBookingPage viewBookingPage, ConfirmBooking confirmBooking,
                           CancelBooking cancelBooking) {
        this.viewBookingPage = viewBookingPage;
        this.confirmBooking = confirmBooking;
        this.cancelBooking = cancelBooking;
    }

    /** {@code GET /bookings/{id}}. */
    public void page(Context ctx) {
        render(ctx, Requests.id(ctx, "id", BookingId::parse), "");
    }

    /**
     * {@code POST /bookings/{id}/pay}: pays with the simulated provider's reference for this booking and goes straight
     * to the chat; paying again lands on the same chat without extending it twice. A refused payment shows the
     * booking again with the reason.
     */
    public void pay(Context ctx) {
        if (!Requests.frame(ctx, "").devLogin()) {
            throw new WebRefusal(404, "not_found", "There is nothing here.");
        }
        var booking = Requests.id(ctx, "id", BookingId::parse);
        try {
            var confirmation = confirmBooking.confirm(new ConfirmBooking.Command(Requests.actor(ctx), booking,
                    SimulatedPayments.referenceFor(booking)));
            ctx.redirect("/chat/" + confirmation.chat().id(), HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation | DomainException.Conflict refused) {
            ctx.status(ErrorMapper.status(refused));
            var reason = refused instanceof DomainException.Validation invalid
                    ? "The payment " + invalid.rule() + "." : refused.getMessage();
            render(ctx, booking, reason);
        }
    }

    /** {@code POST /bookings/{id}/cancel}: only an unpaid booking can be cancelled. */
    public void cancel(Context ctx) {
        var booking = Requests.id(ctx, "id", BookingId::parse);
        cancelBooking.cancel(new CancelBooking.Command(Requests.actor(ctx), booking));
        ctx.redirect("/bookings/" + booking, HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, BookingId booking, String error) {
        var page = viewBookingPage.view(new ViewBookingPage.Query(Requests.actor(ctx), booking));
        var frame = Requests.frame(ctx, "Booking: " + page.booking().planTitle());
        ctx.render("booking/booking.jte", Map.of("frame", frame,
                "booking", BookingView.of(page, frame.devLogin(), error)));
    }
}
