package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmBookingPropertiesTest {

    /** One confirmation attempt: which of three bookings, with which of three payment references. */
    record Try(int booking, int reference) {
    }

    @Property(tries = 300)
    void confirming_one_booking_any_number_of_times_with_its_payment_extends_once_emails_once_and_asks_once(
            @ForAll("advances") List<Duration> advancesBetweenRepeats,
            @ForAll @IntRange(min = 1, max = 90) int days) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var ravi = world.verifiedMentor("ravi_k");
        var booking = world.pendingBooking(asha, world.plan(ravi, days));
        var confirmedAt = world.now();
        var command = new ConfirmBooking.Command(asha, booking.id(), "rzp_once");
        var first = world.confirmBooking.confirm(command);

        for (var advance : advancesBetweenRepeats) {
            world.clock.advance(advance);
            var again = world.confirmBooking.confirm(command);
            // The same booking and chat; only where the booking stands follows the clock.
            assertThat(again.booking()).isEqualTo(first.booking());
            assertThat(again.chat()).isEqualTo(first.chat());
        }

        assertThat(world.chatThreads.ofPair(asha.id(), ravi.id()).orElseThrow().endsAt())
                .isEqualTo(confirmedAt.plus(Duration.ofDays(days)));
        assertThat(world.payments.checks()).hasSize(1);
        assertThat(world.outbox.emails(Email.BookingConfirmed.class)).hasSize(1);
        assertThat(world.outbox.emails(Email.ChatOpened.class)).hasSize(2);
        assertThat(world.bookings.byId(booking.id())).contains(first.booking());
    }

    @Property(tries = 200)
    void a_payment_reference_confirms_at_most_one_booking_whatever_is_tried(
            @ForAll("tries") List<Try> tries) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var plan = world.plan(world.verifiedMentor("ravi_k"), 7);
        var bookings = List.of(world.pendingBooking(asha, plan), world.pendingBooking(asha, plan),
                world.pendingBooking(asha, plan));
        var references = List.of("rzp_a", "rzp_b", "rzp_c");

        for (var attempt : tries) {
            try {
                world.confirmBooking.confirm(new ConfirmBooking.Command(asha, bookings.get(attempt.booking()).id(),
                        references.get(attempt.reference())));
            } catch (DomainException.Conflict refused) {
                // A used reference or an already confirmed booking is refused; what is stored is what counts here.
            }
        }

        var confirmed = world.bookings.ofUser(asha.id()).stream()
                .filter(booking -> booking.status() == BookingStatus.CONFIRMED).toList();
        assertThat(confirmed).extracting(Booking::paymentReference).doesNotHaveDuplicates();
        assertThat(world.outbox.emails(Email.BookingConfirmed.class)).hasSameSizeAs(confirmed);
        assertThat(world.chatThreads.ofParticipant(asha.id()).getFirst().endsAt())
                .isEqualTo(world.now().plus(Duration.ofDays(7L * confirmed.size())));
    }

    @Provide
    Arbitrary<List<Duration>> advances() {
        var advance = Arbitraries.oneOf(
                Arbitraries.just(Duration.ZERO),
                Arbitraries.longs().between(1, 3_600).map(Duration::ofSeconds),
                Arbitraries.longs().between(1, 200).map(Duration::ofDays));
        return advance.list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Try>> tries() {
        var index = Arbitraries.integers().between(0, 2);
        return Combinators.combine(index, index).as(Try::new).list().ofMinSize(1).ofMaxSize(10);
    }
}
