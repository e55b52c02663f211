package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.CancelBooking;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.OpenCheckout;
import app.bettertalk.core.booking.PaymentGatewayUnavailable;
import app.bettertalk.core.booking.RefundBooking;
import app.bettertalk.core.booking.ViewBookingPage;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.PaymentMode;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebRefusal;
import app.bettertalk.web.WebSettings;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/**
 * A booking's page with its checkout (Razorpay's, or the simulated payment of development mode), its cancellation,
 * and once paid its refund. Someone else's booking is not found, never forbidden: its existence is not given away.
 */
final class BookingHandlers {
    private final ViewBookingPage viewBookingPage;
    private final ConfirmBooking confirmBooking;
    private final CancelBooking cancelBooking;
    private final RefundBooking refundBooking;
    private final OpenCheckout openCheckout;
    private final WebSettings settings;

    BookingHandlers(ViewBookingPage viewBookingPage, ConfirmBooking confirmBooking, CancelBooking cancelBooking,
                    RefundBooking refundBooking, OpenCheckout openCheckout, WebSettings settings) {
        this.viewBookingPage = viewBookingPage;
        this.confirmBooking = confirmBooking;
        this.cancelBooking = cancelBooking;
        this.refundBooking = refundBooking;
        this.openCheckout = openCheckout;
        this.settings = settings;
    }

    /**
     * {@code GET /bookings/{id}}; {@code ?payment=unverified} after a return from the checkout that could not be
     * verified says so.
     */
    public void page(Context ctx) {
        var note = "unverified".equals(ctx.queryParam("payment")) ? UNVERIFIED : "";
        render(ctx, Requests.id(ctx, "id", BookingId::parse), note);
    }

    static final String UNVERIFIED = "We could not verify that payment, so the booking is not confirmed yet. If money "
            + "left your account, the booking confirms itself within about 15 minutes once Razorpay reports the "
            + "payment; otherwise you can try again.";

    /**
     * {@code POST /bookings/{id}/pay}: pays with the simulated provider's reference for this booking and goes straight
     * to the chat; paying again lands on the same chat without extending it twice. A refused payment shows the
     * booking again with the reason.
     */
    public void pay(Context ctx) {
        if (settings.paymentMode() != PaymentMode.SIMULATED) {
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
        } catch (PaymentGatewayUnavailable unavailable) {
            ctx.status(503).header("Retry-After", "30");
            render(ctx, booking, unavailable.getMessage());
        }
    }

    /** {@code POST /bookings/{id}/cancel}: only an unpaid booking can be cancelled. */
    public void cancel(Context ctx) {
        var booking = Requests.id(ctx, "id", BookingId::parse);
        cancelBooking.cancel(new CancelBooking.Command(Requests.actor(ctx), booking));
        ctx.redirect("/bookings/" + booking, HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /bookings/{id}/refund} with {@code confirm=yes}: calls a paid booking off and refunds it (the member
     * within the plan's cancellation rule, the mentor or an admin always), then shows the booking with its refund.
     * A refusal shows the booking again with the reason; nothing changed.
     */
    public void refund(Context ctx) {
        var booking = Requests.id(ctx, "id", BookingId::parse);
        if (!"yes".equals(Requests.form(ctx, "confirm"))) {
            ctx.status(400);
            render(ctx, booking, "Tick the box to confirm that you want to cancel this booking for a refund.");
            return;
        }
        try {
            refundBooking.refund(new RefundBooking.Command(Requests.actor(ctx), booking));
            ctx.redirect("/bookings/" + booking, HttpStatus.SEE_OTHER);
        } catch (DomainException.Conflict refused) {
            ctx.status(409);
            render(ctx, booking, refused.getMessage());
        }
    }

    private void render(Context ctx, BookingId booking, String error) {
        var page = viewBookingPage.view(new ViewBookingPage.Query(Requests.actor(ctx), booking));
        var frame = Requests.frame(ctx, "Booking: " + page.booking().planTitle());
        var checkout = CheckoutView.NONE;
        var message = error;
        if (page.payable() && settings.razorpay().isPresent()) {
            var razorpay = settings.razorpay().get();
            var query = new OpenCheckout.Query(Requests.actor(ctx), booking);
            try {
                var opened = openCheckout.open(query);
                checkout = CheckoutView.of(opened.order(), razorpay, page.booking().planTitle(), page.userName());
                // This page alone may load Razorpay's script and frame; every other page keeps 'self'.
                ctx.header("Content-Security-Policy", razorpay.paymentPagePolicy());
                if (message.isEmpty() && opened.lastAttemptFailed()) {
                    message = "Your last payment attempt did not go through, and nothing was charged for it. "
                            + "You can try again.";
                }
            } catch (PaymentGatewayUnavailable | DomainException.Conflict unavailable) {
                message = unavailable.getMessage();
            }
        }
        ctx.render("booking/booking.jte", Map.of("frame", frame,
                "booking", BookingView.of(page, settings.paymentMode(), checkout, message)));
    }
}
