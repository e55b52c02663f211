package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SweepExpiredChatsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);

    @Test
    void a_sweep_expires_the_confirmed_booking_of_an_ended_chat_and_marks_the_chat_inactive() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));

        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        var booking = stored(confirmation.booking());
        assertThat(booking.status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(booking.updatedAt()).isEqualTo(world.now());
        assertThat(booking.paymentReference()).isEqualTo(confirmation.booking().paymentReference());
        assertThat(thread(confirmation).active()).isFalse();
        assertThat(thread(confirmation).window()).isEqualTo(confirmation.chat().window());
    }

    @Test
    void the_report_counts_chats_closed_bookings_expired_and_batches() {
        world.confirmedBooking(asha, week);
        world.confirmedBooking(asha, week);
        world.confirmedBooking(world.onboardedUser("meena"), week);
        world.clock.advance(Duration.ofDays(30));

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report).isEqualTo(new SweepExpiredChats.Report(2, 3, 1, true, false));
    }

    @Test
    void a_chat_ending_exactly_now_is_swept() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt());

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report.chatsClosed()).isEqualTo(1);
        assertThat(stored(confirmation.booking()).status()).isEqualTo(BookingStatus.EXPIRED);
    }

    @Test
    void a_chat_still_open_is_not_touched() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt().minusNanos(1));

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report).isEqualTo(new SweepExpiredChats.Report(0, 0, 1, true, false));
        assertThat(thread(confirmation)).isEqualTo(confirmation.chat());
        assertThat(stored(confirmation.booking())).isEqualTo(confirmation.booking());
    }

    @Test
    void an_open_chat_is_left_alone_while_an_ended_one_is_swept() {
        var ended = world.confirmedBooking(asha, world.plan(ravi, 1));
        var open = world.confirmedBooking(asha, world.plan(world.verifiedMentor("meera"), 30));
        world.clock.advance(Duration.ofDays(2));

        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(thread(ended).active()).isFalse();
        assertThat(thread(open).active()).isTrue();
        assertThat(stored(open.booking()).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void pending_and_cancelled_bookings_of_an_ended_chats_pair_are_left_alone() {
        var confirmation = world.confirmedBooking(asha, week);
        var pending = world.pendingBooking(asha, week);
        var cancelled = world.cancelBooking.cancel(
                new CancelBooking.Command(asha, world.pendingBooking(asha, week).id()));
        world.clock.advance(Duration.ofDays(8));

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report.bookingsExpired()).isEqualTo(1);
        assertThat(stored(pending)).isEqualTo(pending);
        assertThat(stored(cancelled)).isEqualTo(cancelled);
        assertThat(stored(confirmation.booking()).status()).isEqualTo(BookingStatus.EXPIRED);
    }

    @Test
    void every_confirmed_booking_a_chat_covered_expires_with_it() {
        var first = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(3));
        var second = world.confirmedBooking(asha, week);
        world.clock.set(second.chat().endsAt());

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report.bookingsExpired()).isEqualTo(2);
        assertThat(Stream.of(first, second).map(confirmation -> stored(confirmation.booking()).status()))
                .containsOnly(BookingStatus.EXPIRED);
    }

    @Test
    void running_the_sweep_again_does_nothing() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));
        var afterFirst = stored(confirmation.booking());
        world.clock.advance(Duration.ofHours(1));

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report).isEqualTo(new SweepExpiredChats.Report(0, 0, 1, true, false));
        assertThat(stored(confirmation.booking())).isEqualTo(afterFirst);
    }

    @Test
    void a_sweep_works_in_batches_of_the_size_asked() {
        endedChats(5);

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(2, 10));

        assertThat(report).isEqualTo(new SweepExpiredChats.Report(5, 5, 3, true, false));
    }

    @Test
    void a_sweep_that_reaches_its_batch_limit_with_work_left_says_it_is_incomplete() {
        var chats = endedChats(5);

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(2, 2));

        assertThat(report).isEqualTo(new SweepExpiredChats.Report(4, 4, 2, false, false));
        assertThat(chats.stream().map(this::thread).filter(ChatThread::active)).hasSize(1);
    }

    @Test
    void the_next_sweep_finishes_what_an_incomplete_one_left() {
        var chats = endedChats(5);
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(2, 2));

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(2, 2));

        assertThat(report).isEqualTo(new SweepExpiredChats.Report(1, 1, 1, true, false));
        assertThat(chats.stream().map(this::thread).filter(ChatThread::active)).isEmpty();
        assertThat(chats.stream().map(confirmation -> stored(confirmation.booking()).status()))
                .containsOnly(BookingStatus.EXPIRED);
    }

    @Test
    void a_chat_rebooked_after_the_sweep_is_active_again() {
        var first = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        var second = world.confirmedBooking(asha, week);

        var chat = thread(second);
        assertThat(chat.id()).isEqualTo(first.chat().id());
        assertThat(chat.active()).isTrue();
        assertThat(chat.endsAt()).isEqualTo(world.now().plus(Duration.ofDays(7)));
        assertThat(stored(first.booking()).status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(stored(second.booking()).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void a_rebooked_chat_is_swept_again_when_its_new_window_ends() {
        world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));
        var second = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(7));

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report).isEqualTo(new SweepExpiredChats.Report(1, 1, 1, true, false));
        assertThat(stored(second.booking()).status()).isEqualTo(BookingStatus.EXPIRED);
    }

    @Test
    void a_rebooked_chat_is_not_swept_before_its_new_window_ends() {
        var first = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));
        var second = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(6));

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report.chatsClosed()).isZero();
        assertThat(thread(second).active()).isTrue();
        assertThat(stored(second.booking()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(stored(first.booking()).status()).isEqualTo(BookingStatus.EXPIRED);
    }

    @Test
    void a_batch_size_must_be_1_to_10000() {
        assertThat(catchThrowable(() -> new SweepExpiredChats.Command(0, 1)))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        validation -> assertThat(validation.field()).isEqualTo("batch"));
        assertThat(catchThrowable(() -> new SweepExpiredChats.Command(10_001, 1)))
                .isInstanceOf(DomainException.Validation.class);
        assertThat(new SweepExpiredChats.Command(10_000, 1).batchSize()).isEqualTo(10_000);
    }

    @Test
    void a_sweep_runs_at_least_one_batch() {
        var attempt = catchThrowable(() -> new SweepExpiredChats.Command(10, 0));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("maxBatches"));
    }

    private List<Confirmation> endedChats(int count) {
        var names = List.of("asha_b", "meena", "nila", "tara", "kiran", "devi");
        var chats = names.stream().limit(count)
                .map(name -> world.confirmedBooking(world.onboardedUser(name), week)).toList();
        world.clock.advance(Duration.ofDays(8));
        return chats;
    }

    private Booking stored(Booking booking) {
        return world.bookings.byId(booking.id()).orElseThrow();
    }

    private ChatThread thread(Confirmation confirmation) {
        return world.chatThreads.byId(confirmation.chat().id()).orElseThrow();
    }

    @Test
    void a_sweep_that_starts_while_another_holds_the_lease_does_nothing_and_says_so() {
        var user = world.onboardedUser("lata");
        var mentor = world.verifiedMentor("gopal");
        world.confirmedBooking(user, world.plan(mentor, 1));
        world.clock.advance(Duration.ofDays(2));
        world.stores.jobLocks().tryLock("chats.sweep-expired", "another run", world.now(),
                Duration.ofMinutes(5));

        var report = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(report).isEqualTo(new SweepExpiredChats.Report(0, 0, 0, false, true));
        assertThat(world.chatThreads.claimEnded(world.now(), 10)).hasSize(1);
    }

    @Test
    void a_sweep_gives_its_lease_back_so_the_next_run_can_work() {
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        var second = world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(second.lockedOut()).isFalse();
    }
}
