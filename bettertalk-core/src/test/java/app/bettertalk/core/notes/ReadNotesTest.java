package app.bettertalk.core.notes;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.booking.CancelBooking;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.chat.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ReadNotesTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);
    private final Confirmation booked = world.confirmedBooking(asha, week);
    private final ChatId chat = booked.chat().id();

    @Test
    void notes_nobody_has_written_read_as_blank_version_0() {
        var view = read(asha);

        assertThat(view.current().text()).isEmpty();
        assertThat(view.current().version()).isZero();
        assertThat(view.current().chat()).isEqualTo(chat);
    }

    @Test
    void the_user_reads_the_current_notes_without_their_history() {
        write("first", 0);
        var current = write("second", 1);

        var view = read(asha);

        assertThat(view.current()).isEqualTo(current);
        assertThat(view.editable()).isFalse();
        assertThat(view.history()).isEmpty();
    }

    @Test
    void the_mentor_reads_the_notes_with_every_revision_newest_first() {
        var first = write("first", 0);
        var second = write("second", 1);
        var third = write("third", 2);

        var view = read(ravi);

        assertThat(view.current()).isEqualTo(third);
        assertThat(view.editable()).isTrue();
        assertThat(view.history()).containsExactly(third, second, first);
    }

    @Test
    void the_mentor_sees_at_most_the_50_newest_revisions() {
        IntStream.range(0, 51).forEach(version -> write("revision " + (version + 1), version));

        var view = read(ravi);

        assertThat(view.history()).hasSize(ReadNotes.HISTORY_LIMIT).hasSize(50);
        assertThat(view.history().getFirst().version()).isEqualTo(51);
        assertThat(view.history().getLast().version()).isEqualTo(2);
    }

    @Test
    void the_notes_cover_the_pairs_confirmed_and_expired_bookings_only() {
        world.clock.set(booked.chat().endsAt());
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 1));
        var rebooked = world.confirmedBooking(asha, week);
        var pending = world.pendingBooking(asha, week);
        world.cancelBooking.cancel(new CancelBooking.Command(asha, world.pendingBooking(asha, week).id()));
        world.confirmedBooking(asha, world.plan(world.verifiedMentor("meera"), 3));
        world.confirmedBooking(world.onboardedUser("meena"), week);

        var view = read(asha);

        assertThat(view.coveredBookings()).extracting(covered -> covered.booking().id())
                .containsExactly(booked.booking().id(), rebooked.booking().id())
                .doesNotContain(pending.id());
        assertThat(view.coveredBookings()).extracting(covered -> covered.booking().status())
                .containsExactly(BookingStatus.EXPIRED, BookingStatus.CONFIRMED);
    }

    @Test
    void a_covered_booking_whose_window_has_ended_reads_ended_before_the_sweep() {
        world.clock.set(booked.chat().endsAt());

        var view = read(asha);

        assertThat(view.coveredBookings()).singleElement().satisfies(covered -> {
            assertThat(covered.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(covered.state()).isEqualTo(SessionState.ENDED);
        });
    }

    @Test
    void the_notes_survive_rebooking() {
        var written = write("Week one went well.", 0);
        world.clock.set(booked.chat().endsAt().plus(Duration.ofDays(2)));
        world.confirmedBooking(asha, week);

        var view = read(asha);

        assertThat(view.current()).isEqualTo(written);
        assertThat(view.coveredBookings()).hasSize(2);
    }

    @Test
    void the_notes_stay_readable_after_the_chat_ended() {
        var written = write("Keep journaling.", 0);
        world.clock.set(booked.chat().endsAt().plus(Duration.ofDays(40)));

        var view = read(asha);

        assertThat(view.current()).isEqualTo(written);
    }

    @Test
    void someone_outside_the_chat_finds_no_notes() {
        write("private", 0);
        var meena = world.onboardedUser("meena");

        var attempt = catchThrowable(() -> read(meena));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("notes"));
    }

    @Test
    void an_admin_finds_no_notes() {
        write("private", 0);
        var admin = world.admin("priya");

        var attempt = catchThrowable(() -> read(admin));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_operator_finds_no_notes() {
        var attempt = catchThrowable(() -> read(Actor.operator()));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void another_mentor_finds_no_notes() {
        var meera = world.verifiedMentor("meera");

        var attempt = catchThrowable(() -> read(meera));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_notes_of_an_unknown_chat_are_not_found() {
        var attempt = catchThrowable(() -> world.readNotes.read(new ReadNotes.Query(asha, ChatId.random())));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void someone_who_has_not_onboarded_reads_no_notes() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> read(newcomer));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
    }

    private NotesView read(Actor actor) {
        return world.readNotes.read(new ReadNotes.Query(actor, chat));
    }

    private SessionNotes write(String text, int baseVersion) {
        return world.writeNotes.write(new WriteNotes.Command(ravi, chat, text, baseVersion));
    }
}
