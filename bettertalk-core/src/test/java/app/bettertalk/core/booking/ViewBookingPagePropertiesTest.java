package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewBookingPagePropertiesTest {

    /** Who opens the booking's page. */
    enum Viewer {
        BOOKER, MENTOR, ADMIN
    }

    @Property(tries = 100)
    void the_booker_is_asked_to_pay_exactly_when_paying_and_cancelling_would_be_accepted_from_them(
            @ForAll Viewer viewer, @ForAll BookingStatus status) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var ravi = world.verifiedMentor("ravi_k");
        var booking = bookingIn(world, status, asha, world.plan(ravi, 7));
        var actor = switch (viewer) {
            case BOOKER -> asha;
            case MENTOR -> ravi;
            case ADMIN -> world.admin("priya");
        };

        var payable = world.viewBookingPage.view(new ViewBookingPage.Query(actor, booking.id())).payable();
        var paid = catchThrowable(() -> world.unitOfWork.inTransaction(() -> {
            world.confirmBooking.confirm(new ConfirmBooking.Command(actor, booking.id(), "pay_fresh"));
            throw new RolledBack();
        })) instanceof RolledBack;
        var cancelled = catchThrowable(() -> world.unitOfWork.inTransaction(() -> {
            world.cancelBooking.cancel(new CancelBooking.Command(actor, booking.id()));
            throw new RolledBack();
        })) instanceof RolledBack;

        var refundable = world.viewBookingPage.view(new ViewBookingPage.Query(actor, booking.id())).refundable();
        var refunded = catchThrowable(() -> world.unitOfWork.inTransaction(() -> {
            world.refundBooking.refund(new RefundBooking.Command(actor, booking.id()));
            throw new RolledBack();
        })) instanceof RolledBack;
        if (booking.status().isPaid()) {
            assertThat(refundable).as("offered a refund exactly when one is taken").isEqualTo(refunded);
        } else {
            assertThat(refundable).as("nothing unpaid or refunded is offered a refund").isFalse();
        }

        if (viewer == Viewer.BOOKER) {
            assertThat(payable).isEqualTo(paid);
            assertThat(payable).as("cancelling what awaits payment").isEqualTo(paid && cancelled);
        } else {
            assertThat(payable).isFalse();
        }
    }

    private static Booking bookingIn(World world, BookingStatus status, Actor user, Plan plan) {
        return switch (status) {
            case PENDING -> world.pendingBooking(user, plan);
            case CONFIRMED -> world.confirmedBooking(user, plan).booking();
            case CANCELLED -> world.cancelBooking.cancel(
                    new CancelBooking.Command(user, world.pendingBooking(user, plan).id()));
            case EXPIRED -> {
                var confirmed = world.confirmedBooking(user, plan).booking();
                world.clock.advance(Duration.ofDays(plan.chatWindowDays()));
                world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(10, 1));
                yield world.bookings.byId(confirmed.id()).orElseThrow();
            }
            case REFUNDED -> world.refundBooking.refund(new RefundBooking.Command(plan.mentor().equals(user.id())
                    ? user : world.admin("refunder"), world.confirmedBooking(user, plan).booking().id())).booking();
        };
    }

    /** Undoes a use case's effects after it succeeded, so the next one sees the booking as it was. */
    private static final class RolledBack extends RuntimeException {
    }
}
