package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.CancelBooking;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.ListBookings;
import app.bettertalk.core.booking.OpenCheckout;
import app.bettertalk.core.booking.RefundBooking;
import app.bettertalk.core.booking.ViewBooking;
import app.bettertalk.core.booking.ViewBookingPage;
import app.bettertalk.core.mentor.ViewPlan;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.WebSettings;
import io.javalin.config.JavalinConfig;

/** Booking a plan, paying, cancelling or refunding it: the pages and {@code /api/v1/bookings}. */
public final class BookingRoutes implements FeatureRoutes {
    private final BookPlanHandlers bookPlan;
    private final BookingHandlers bookings;
    private final BookingApiHandlers api;

    public BookingRoutes(ViewPlan viewPlan, BookPlan bookPlan, ViewBookingPage viewBookingPage, ViewBooking viewBooking,
                         ListBookings listBookings, ConfirmBooking confirmBooking, CancelBooking cancelBooking,
                         RefundBooking refundBooking, OpenCheckout openCheckout, WebSettings settings) {
        this.bookPlan = new BookPlanHandlers(viewPlan, bookPlan);
        this.bookings = new BookingHandlers(viewBookingPage, confirmBooking, cancelBooking, refundBooking,
                openCheckout, settings);
        this.api = new BookingApiHandlers(bookPlan, viewBooking, confirmBooking, listBookings, refundBooking);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/book/{planId}", bookPlan::summary);
        cfg.routes.post("/book/{planId}", bookPlan::book);
        cfg.routes.get("/bookings/{id}", bookings::page);
        cfg.routes.post("/bookings/{id}/pay", bookings::pay);
        cfg.routes.post("/bookings/{id}/cancel", bookings::cancel);
        cfg.routes.post("/bookings/{id}/refund", bookings::refund);
        cfg.routes.post("/api/v1/bookings", api::book);
        cfg.routes.get("/api/v1/bookings", api::list);
        cfg.routes.get("/api/v1/bookings/{id}", api::view);
        cfg.routes.post("/api/v1/bookings/{id}/confirm", api::confirm);
        cfg.routes.post("/api/v1/bookings/{id}/refund", api::refund);
    }
}
