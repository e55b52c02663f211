package app.bettertalk.core.booking;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What every {@link Bookings} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class BookingsContract {
    private Bookings bookings;
    private ContractRows rows;
    private User asha;
    private Mentor ravi;
    private Plan plan;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        bookings = stores.bookings();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.mentor("ravi_k");
        plan = rows.plan(ravi);
    }

    @Test
    void a_pending_booking_reads_back_with_every_field() {
        var booking = Booking.pending(BookingId.random(), asha.id(), ravi.id(), plan.id(), "Deep support – नमस्ते",
                new Paise(149_999), 30, CancellationRule.NO_REFUNDS, at(4));

        rows.write(() -> bookings.add(booking));

        assertThat(bookings.byId(booking.id())).contains(booking);
    }

    @Test
    void a_confirmed_booking_reads_back_with_its_payment_reference() {
        var booking = rows.pendingBooking(asha, plan, at(1));
        var confirmed = booking.confirm("pay_Nx7.abc:123-XYZ", at(2));

        rows.write(() -> bookings.update(confirmed));

        assertThat(bookings.byId(booking.id())).contains(confirmed);
    }

    @Test
    void an_unknown_id_finds_no_booking() {
        rows.pendingBooking(asha, plan, at(1));

        assertThat(bookings.byId(BookingId.random())).isEmpty();
    }

    @Test
    void locking_a_booking_finds_it() {
        var booking = rows.pendingBooking(asha, plan, at(1));

        var locked = rows.inTransaction(() -> bookings.lockById(booking.id()));

        assertThat(locked).contains(booking);
    }

    @Test
    void locking_an_unknown_booking_finds_none() {
        rows.pendingBooking(asha, plan, at(1));

        var locked = rows.inTransaction(() -> bookings.lockById(BookingId.random()));

        assertThat(locked).isEmpty();
    }

    @Test
    void a_payment_reference_finds_the_booking_it_confirmed() {
        var confirmed = confirmed(rows.pendingBooking(asha, plan, at(1)), "pay_1");
        confirmed(rows.pendingBooking(asha, plan, at(2)), "pay_2");

        assertThat(bookings.byPaymentReference("pay_1")).contains(confirmed);
    }

    @Test
    void an_unknown_payment_reference_finds_no_booking() {
        rows.pendingBooking(asha, plan, at(1));
        confirmed(rows.pendingBooking(asha, plan, at(2)), "pay_1");

        assertThat(bookings.byPaymentReference("pay_2")).isEmpty();
    }

    @Test
    void a_users_bookings_are_listed_newest_first() {
        var first = rows.pendingBooking(asha, plan, at(10));
        var second = rows.pendingBooking(asha, plan, at(20));
        var third = rows.pendingBooking(asha, plan, at(30));

        assertThat(bookings.ofUser(asha.id())).containsExactly(third, second, first);
    }

    @Test
    void a_users_bookings_leave_out_other_users_bookings() {
        var kabir = rows.user("kabir");
        var hers = rows.pendingBooking(asha, plan, at(10));
        rows.pendingBooking(kabir, plan, at(20));

        assertThat(bookings.ofUser(asha.id())).containsExactly(hers);
    }

    @Test
    void a_mentors_bookings_are_listed_newest_first_whoever_booked() {
        var kabir = rows.user("kabir");
        var first = rows.pendingBooking(asha, plan, at(10));
        var second = rows.pendingBooking(kabir, plan, at(20));
        var third = rows.pendingBooking(asha, plan, at(30));

        assertThat(bookings.ofMentor(ravi.id())).containsExactly(third, second, first);
    }

    @Test
    void a_mentors_bookings_leave_out_other_mentors_bookings() {
        var meera = rows.mentor("meera");
        var his = rows.pendingBooking(asha, plan, at(10));
        rows.pendingBooking(asha, rows.plan(meera), at(20));

        assertThat(bookings.ofMentor(ravi.id())).containsExactly(his);
    }

    @Test
    void a_pairs_bookings_are_listed_oldest_first() {
        var first = rows.pendingBooking(asha, plan, at(10));
        var second = rows.pendingBooking(asha, plan, at(20));
        var third = rows.pendingBooking(asha, plan, at(30));

        assertThat(bookings.ofPair(asha.id(), ravi.id())).containsExactly(first, second, third);
    }

    @Test
    void a_pairs_bookings_leave_out_the_bookings_of_other_pairs() {
        var kabir = rows.user("kabir");
        var meera = rows.mentor("meera");
        var theirs = rows.pendingBooking(asha, plan, at(10));
        rows.pendingBooking(kabir, plan, at(20));
        rows.pendingBooking(asha, rows.plan(meera), at(30));

        assertThat(bookings.ofPair(asha.id(), ravi.id())).containsExactly(theirs);
    }

    @Test
    void updating_a_booking_replaces_its_status_and_time() {
        var confirmed = confirmed(rows.pendingBooking(asha, plan, at(1)), "pay_1");
        var expired = confirmed.expire(at(9));

        rows.write(() -> bookings.update(expired));

        assertThat(bookings.byId(confirmed.id())).contains(expired);
    }

    @Test
    void a_cancelled_booking_reads_back_cancelled() {
        var booking = rows.pendingBooking(asha, plan, at(1));
        var cancelled = booking.cancel(at(2));

        rows.write(() -> bookings.update(cancelled));

        assertThat(bookings.byId(booking.id())).contains(cancelled);
    }

    @Test
    void confirming_a_booking_with_a_reference_another_booking_holds_is_a_payment_reference_used_conflict() {
        confirmed(rows.pendingBooking(asha, plan, at(1)), "pay_1");
        var other = rows.pendingBooking(asha, plan, at(2));

        assertThatThrownBy(() -> rows.write(() -> bookings.update(other.confirm("pay_1", at(3)))))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("payment_reference_used"));
    }

    @Test
    void unpaid_bookings_do_not_clash_over_their_empty_payment_reference() {
        rows.pendingBooking(asha, plan, at(1));
        var second = rows.pendingBooking(asha, plan, at(2));
        var cancelled = second.cancel(at(3));

        rows.write(() -> bookings.update(cancelled));

        assertThat(bookings.byId(second.id())).contains(cancelled);
    }

    @Test
    void the_pending_bookings_made_before_a_time_come_oldest_first() {
        var oldest = rows.pendingBooking(asha, plan, at(1));
        var older = rows.pendingBooking(asha, plan, at(2));
        rows.pendingBooking(asha, plan, at(5));
        confirmedBooking(asha, "pay_old", at(0));

        assertThat(bookings.pendingCreatedBefore(at(5), 10)).extracting(Booking::id)
                .containsExactly(oldest.id(), older.id());
        assertThat(bookings.pendingCreatedBefore(at(5), 1)).extracting(Booking::id).containsExactly(oldest.id());
    }

    private Booking confirmed(Booking pending, String paymentReference) {
        var confirmed = pending.confirm(paymentReference, pending.createdAt().plusSeconds(60));
        rows.write(() -> bookings.update(confirmed));
        return confirmed;
    }

    @Test
    void expiring_the_confirmed_bookings_of_pairs_moves_only_those() {
        var kabir = rows.user("kabir");
        var confirmed = confirmedBooking(asha, "pay_a", at(1));
        var pending = rows.pendingBooking(asha, plan, at(2));
        var otherPair = confirmedBooking(kabir, "pay_k", at(3));
        var theirChat = new ChatThread(ChatId.random(), asha.id(), ravi.id(), new ChatWindow(at(0), at(5)), true, at(0));

        var expired = rows.inTransaction(() -> bookings.expireConfirmedOf(List.of(theirChat), at(9)));

        assertThat(expired).isEqualTo(1);
        assertThat(bookings.byId(confirmed.id())).contains(confirmed.expire(at(9)));
        assertThat(bookings.byId(pending.id())).contains(pending);
        assertThat(bookings.byId(otherPair.id())).contains(otherPair);
    }

    /**
     * The store's bulk expiry (in SQL, for speed) restates the model's rule instead of calling {@link Booking#expire};
     * this keeps the two equal: a booking of each status moves to EXPIRED exactly when the model lets it.
     */
    @ParameterizedTest(name = "a {0} booking")
    @EnumSource(BookingStatus.class)
    void the_bulk_expiry_moves_a_booking_exactly_when_the_model_lets_it_expire(BookingStatus status) {
        var stored = new Booking(BookingId.random(), asha.id(), ravi.id(), plan.id(), plan.title(), plan.price(),
                plan.chatWindowDays(), plan.cancellationRule(), status, status.carriesPayment() ? "pay_" + status : "", at(1), at(2));
        rows.write(() -> bookings.add(stored));
        var theirChat = new ChatThread(ChatId.random(), asha.id(), ravi.id(), new ChatWindow(at(0), at(5)), true, at(0));

        var expired = rows.inTransaction(() -> bookings.expireConfirmedOf(List.of(theirChat), at(9)));

        var modelLetsItExpire = status.canMoveTo(BookingStatus.EXPIRED);
        var byTheModel = catchThrowable(() -> stored.expire(at(9)));
        assertThat(byTheModel == null).as("Booking.expire agrees with canMoveTo").isEqualTo(modelLetsItExpire);
        assertThat(expired).isEqualTo(modelLetsItExpire ? 1 : 0);
        assertThat(bookings.byId(stored.id())).contains(modelLetsItExpire ? stored.expire(at(9)) : stored);
    }

    @Test
    void expiring_for_no_pairs_changes_nothing() {
        var confirmed = confirmedBooking(asha, "pay_a", at(1));

        var expired = rows.inTransaction(() -> bookings.expireConfirmedOf(List.of(), at(9)));

        assertThat(expired).isZero();
        assertThat(bookings.byId(confirmed.id())).contains(confirmed);
    }

    @Test
    void the_confirmed_bookings_of_pairs_are_read_in_the_order_they_were_made_and_only_those() {
        var kabir = rows.user("kabir");
        var first = confirmedBooking(asha, "pay_a", at(1));
        rows.pendingBooking(asha, plan, at(2));
        var second = confirmedBooking(asha, "pay_b", at(3));
        confirmedBooking(kabir, "pay_k", at(4));
        var theirChat = new ChatThread(ChatId.random(), asha.id(), ravi.id(), new ChatWindow(at(0), at(5)), true, at(0));

        var confirmed = rows.inTransaction(() -> bookings.confirmedOf(List.of(theirChat)));

        assertThat(confirmed).containsExactly(first, second);
    }

    @Test
    void an_expired_booking_is_not_among_the_confirmed_ones() {
        var expired = confirmedBooking(asha, "pay_a", at(1)).expire(at(2));
        rows.write(() -> bookings.update(expired));
        var theirChat = new ChatThread(ChatId.random(), asha.id(), ravi.id(), new ChatWindow(at(0), at(5)), true, at(0));

        assertThat(rows.inTransaction(() -> bookings.confirmedOf(List.of(theirChat)))).isEmpty();
    }

    @Test
    void no_pairs_have_no_confirmed_bookings() {
        confirmedBooking(asha, "pay_a", at(1));

        assertThat(rows.inTransaction(() -> bookings.confirmedOf(List.of()))).isEmpty();
    }

    private Booking confirmedBooking(User user, String reference, Instant at) {
        var confirmed = rows.pendingBooking(user, plan, at).confirm(reference, at);
        rows.write(() -> bookings.update(confirmed));
        return confirmed;
    }
}
