package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class BookingStatusPropertiesTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    /** The whole state machine as the issue states it, written out independently of {@link BookingStatus}. */
    private static final Set<List<BookingStatus>> ALLOWED = Set.of(
            List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED),
            List.of(BookingStatus.PENDING, BookingStatus.CANCELLED),
            List.of(BookingStatus.CONFIRMED, BookingStatus.EXPIRED),
            List.of(BookingStatus.CONFIRMED, BookingStatus.REFUNDED),
            List.of(BookingStatus.EXPIRED, BookingStatus.REFUNDED));

    /**
     * An attempt to move a booking: to confirm it with a payment, to cancel it, to let its paid time run out, or
     * (its mentor) to refund it.
     */
    sealed interface Attempt {
        record Confirm(String reference) implements Attempt {
        }

        record Cancel() implements Attempt {
        }

        record Expire(long hoursLater) implements Attempt {
        }

        record Refund() implements Attempt {
        }
    }

    @Property
    void a_booking_only_ever_moves_along_allowed_edges_and_a_refused_move_is_a_conflict(
            @ForAll("attempts") List<Attempt> attempts) {
        var booking = Booking.pending(BookingId.random(), UserId.random(), UserId.random(), PlanId.random(), "Week",
                Paise.ofRupees(499), 7, CancellationRule.DEFAULT, T0);
        var at = T0;

        for (var attempt : attempts) {
            at = at.plusSeconds(1);
            var target = switch (attempt) {
                case Attempt.Confirm c -> BookingStatus.CONFIRMED;
                case Attempt.Cancel c -> BookingStatus.CANCELLED;
                case Attempt.Expire e -> BookingStatus.EXPIRED;
                case Attempt.Refund r -> BookingStatus.REFUNDED;
            };
            var before = booking;
            var when = at;
            var outcome = catchThrowable(() -> apply(before, attempt, when));

            if (ALLOWED.contains(List.of(before.status(), target))) {
                assertThat(outcome).isNull();
                booking = apply(before, attempt, when);
                assertThat(booking.status()).isEqualTo(target);
                assertThat(booking.updatedAt()).isEqualTo(when);
            } else {
                assertThat(outcome).as("%s -> %s", before.status(), target)
                        .isInstanceOf(DomainException.Conflict.class);
                assertThat(before.status().canMoveTo(target)).isFalse();
            }
        }
    }

    @Property
    void can_move_to_is_exactly_the_allowed_edges(@ForAll BookingStatus from, @ForAll BookingStatus to) {
        var answer = from.canMoveTo(to);

        assertThat(answer).isEqualTo(ALLOWED.contains(List.of(from, to)));
    }

    @Property
    void a_status_carries_a_payment_exactly_when_the_booking_got_there_through_confirmation(
            @ForAll BookingStatus status) {
        var throughConfirmation = status == BookingStatus.CONFIRMED || BookingStatus.CONFIRMED.canMoveTo(status)
                || BookingStatus.EXPIRED.canMoveTo(status);

        assertThat(status.carriesPayment()).isEqualTo(throughConfirmation);
        assertThat(status.isPaid()).as("paid: carries a payment that was not given back")
                .isEqualTo(throughConfirmation && status != BookingStatus.REFUNDED);
    }

    @Property(tries = 200)
    void through_the_use_cases_a_stored_booking_moves_only_along_allowed_edges_and_a_refusal_changes_nothing(
            @ForAll("attempts") List<Attempt> attempts) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var ravi = world.verifiedMentor("ravi_k");
        var plan = world.plan(ravi, 7);
        world.confirmedBooking(world.onboardedUser("meena"), plan);
        var taken = world.bookings.ofMentor(ravi.id()).getFirst().paymentReference();
        var booking = world.pendingBooking(asha, plan).id();

        for (var attempt : attempts) {
            var before = world.bookings.byId(booking).orElseThrow();
            var outcome = catchThrowable(() -> {
                switch (attempt) {
                    case Attempt.Confirm c -> world.confirmBooking.confirm(new ConfirmBooking.Command(asha, booking,
                            c.reference().equals("taken") ? taken : c.reference()));
                    case Attempt.Cancel c -> world.cancelBooking.cancel(new CancelBooking.Command(asha, booking));
                    case Attempt.Expire e -> {
                        world.clock.advance(Duration.ofHours(e.hoursLater()));
                        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(10, 10));
                    }
                    case Attempt.Refund r -> world.refundBooking.refund(new RefundBooking.Command(ravi, booking));
                }
            });
            var after = world.bookings.byId(booking).orElseThrow();

            if (outcome != null) {
                assertThat(outcome).isInstanceOf(DomainException.Conflict.class);
                assertThat(after).isEqualTo(before);
            } else if (after.status() != before.status()) {
                assertThat(ALLOWED).contains(List.of(before.status(), after.status()));
            } else {
                assertThat(after).isEqualTo(before);
            }
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        var confirm = Arbitraries.of("rzp_1", "rzp_2", "taken").map(Attempt.Confirm::new);
        var cancel = Arbitraries.just(new Attempt.Cancel());
        var expire = Arbitraries.longs().between(0, 24 * 10).map(Attempt.Expire::new);
        var refund = Arbitraries.just(new Attempt.Refund());
        return Arbitraries.<Attempt>oneOf(confirm, cancel, expire, refund).list().ofMinSize(1).ofMaxSize(12);
    }

    private static Booking apply(Booking booking, Attempt attempt, Instant at) {
        return switch (attempt) {
            case Attempt.Confirm c -> booking.confirm(c.reference(), at);
            case Attempt.Cancel c -> booking.cancel(at);
            case Attempt.Expire e -> booking.expire(at);
            case Attempt.Refund r -> booking.refund(at);
        };
    }
}
