package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.ListBookings;
import app.bettertalk.core.booking.RefundBooking;
import app.bettertalk.core.booking.ViewBooking;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.Json;
import app.bettertalk.web.Requests;
import app.bettertalk.web.api.ApiInput;
import io.javalin.http.Context;

/**
 * The API for bookings: book a plan, read a booking, confirm it with a payment, refund it, list one's bookings.
 */
final class BookingApiHandlers {
    private final BookPlan bookPlan;
    private final ViewBooking viewBooking;
    private final ConfirmBooking confirmBooking;
    private final ListBookings listBookings;
    private final RefundBooking refundBooking;

    BookingApiHandlers(BookPlan bookPlan, ViewBooking viewBooking, ConfirmBooking confirmBooking,
                       ListBookings listBookings, RefundBooking refundBooking) {
        this.refundBooking = refundBooking;
        this.bookPlan = bookPlan;
        this.viewBooking = viewBooking;
        this.confirmBooking = confirmBooking;
        this.listBookings = listBookings;
    }

    public void book(Context ctx) {
        var request = Json.body(ctx, BookingJson.NewBooking.class);
        var plan = ApiInput.id("planId", request.planId(), PlanId::parse);
        var booking = bookPlan.book(new BookPlan.Command(Requests.actor(ctx), plan));
        ApiInput.created(ctx, "/api/v1/bookings/" + booking.id(), BookingJson.BookingView.ofNew(booking));
    }

    public void view(Context ctx) {
        var booking = viewBooking.view(new ViewBooking.Query(Requests.actor(ctx), booking(ctx)));
        ctx.json(BookingJson.BookingView.of(booking));
    }

    public void confirm(Context ctx) {
        var booking = booking(ctx);
        var payment = Json.body(ctx, BookingJson.Payment.class);
        var confirmation = confirmBooking.confirm(new ConfirmBooking.Command(Requests.actor(ctx), booking,
                payment.paymentReference()));
        ctx.json(BookingJson.ConfirmationView.of(confirmation));
    }

    /**
     * {@code POST /api/v1/bookings/{id}/refund}: the member cancels a paid booking within its cancellation rule (409
     * {@code refund_not_allowed} after), or its mentor or an admin refunds it; again, the same refund.
     */
    public void refund(Context ctx) {
        var refunded = refundBooking.refund(new RefundBooking.Command(Requests.actor(ctx), booking(ctx)));
        ctx.json(BookingJson.RefundedView.of(refunded));
    }

    /** The bookings one made, newest first; with {@code ?as=mentor}, those made with one as the mentor. */
    public void list(Context ctx) {
        var as = ctx.queryParam("as");
        if (as != null && !as.equals("user") && !as.equals("mentor")) {
            throw new DomainException.Validation("as", "must be user or mentor");
        }
        var bookings = listBookings.list(new ListBookings.Query(Requests.actor(ctx), "mentor".equals(as)));
        ctx.json(BookingJson.Bookings.of(bookings));
    }

    private static BookingId booking(Context ctx) {
        return Requests.id(ctx, "id", BookingId::parse);
    }
}
