package app.bettertalk.core.notes;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class WriteNotesTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);
    private final Confirmation booked = world.confirmedBooking(asha, week);
    private final ChatId chat = booked.chat().id();

    @Test
    void the_mentor_writes_the_first_notes_of_a_chat() {
        world.clock.advance(Duration.ofHours(2));

        var notes = write(ravi, "Talked about exam stress.", 0);

        assertThat(notes).isEqualTo(new SessionNotes(chat, "Talked about exam stress.", 1, ravi.id(), world.now()));
        assertThat(world.notes.of(chat)).contains(notes);
    }

    @Test
    void each_save_is_the_next_version() {
        write(ravi, "first", 0);
        world.clock.advance(Duration.ofMinutes(5));

        var second = write(ravi, "second", 1);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.updatedAt()).isEqualTo(world.now());
        assertThat(world.notes.of(chat)).contains(second);
    }

    @Test
    void every_revision_is_kept() {
        var first = write(ravi, "first", 0);
        var second = write(ravi, "second", 1);

        var third = write(ravi, "third", 2);

        assertThat(world.notes.history(chat, 10)).containsExactly(third, second, first);
    }

    @Test
    void the_text_is_stored_without_surrounding_whitespace() {
        var notes = write(ravi, "\n  Sleep better.  \n", 0);

        assertThat(notes.text()).isEqualTo("Sleep better.");
    }

    @Test
    void the_mentor_may_clear_the_notes() {
        write(ravi, "something", 0);

        var cleared = write(ravi, "   ", 1);

        assertThat(cleared.text()).isEmpty();
        assertThat(cleared.version()).isEqualTo(2);
    }

    @Test
    void notes_hold_at_most_50000_characters() {
        var longest = "n".repeat(50_000);

        assertThat(write(ravi, longest, 0).text()).isEqualTo(longest);
        assertThat(catchThrowable(() -> new WriteNotes.Command(ravi, chat, longest + "n", 1)))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        validation -> assertThat(validation.field()).isEqualTo("text"));
    }

    @Test
    void a_base_version_is_never_negative() {
        var attempt = catchThrowable(() -> new WriteNotes.Command(ravi, chat, "x", -1));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("baseVersion"));
    }

    @Test
    void an_edit_from_a_stale_version_is_a_conflict() {
        write(ravi, "from the first tab", 0);

        var attempt = catchThrowable(() -> write(ravi, "from the second tab", 0));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("notes_changed"));
    }

    @Test
    void an_edit_from_a_stale_version_keeps_the_stored_notes() {
        var stored = write(ravi, "from the first tab", 0);
        write(ravi, "edited again", 1);

        catchThrowable(() -> write(ravi, "from the second tab", 1));

        assertThat(world.notes.of(chat).orElseThrow().text()).isEqualTo("edited again");
        assertThat(world.notes.history(chat, 10)).hasSize(2).contains(stored);
    }

    @Test
    void an_edit_from_a_version_that_does_not_exist_yet_is_a_conflict() {
        var attempt = catchThrowable(() -> write(ravi, "hello", 3));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("notes_changed"));
        assertThat(world.notes.of(chat)).isEmpty();
    }

    @Test
    void the_user_of_the_chat_may_not_write_its_notes() {
        var attempt = catchThrowable(() -> write(asha, "my own notes", 0));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("mentor_only"));
        assertThat(world.notes.of(chat)).isEmpty();
    }

    @Test
    void someone_outside_the_chat_finds_no_notes() {
        var meena = world.onboardedUser("meena");

        var attempt = catchThrowable(() -> write(meena, "hi", 0));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("notes"));
        assertThat(world.notes.of(chat)).isEmpty();
    }

    @Test
    void another_mentor_finds_no_notes() {
        var meera = world.verifiedMentor("meera");

        var attempt = catchThrowable(() -> write(meera, "hi", 0));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_admin_finds_no_notes() {
        var admin = world.admin("priya");

        var attempt = catchThrowable(() -> write(admin, "hi", 0));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.notes.of(chat)).isEmpty();
    }

    @Test
    void the_operator_finds_no_notes() {
        var attempt = catchThrowable(() -> write(Actor.operator(), "hi", 0));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_notes_of_an_unknown_chat_are_not_found() {
        var attempt = catchThrowable(() -> world.writeNotes.write(
                new WriteNotes.Command(ravi, ChatId.random(), "hi", 0)));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_mentor_writes_notes_after_the_chat_window_ended() {
        world.clock.set(booked.chat().endsAt().plus(Duration.ofDays(3)));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 1));

        var notes = write(ravi, "Follow-up thoughts.", 0);

        assertThat(notes.version()).isEqualTo(1);
    }

    @Test
    void rebooking_keeps_writing_into_the_same_notes() {
        write(ravi, "Week one.", 0);
        world.clock.set(booked.chat().endsAt().plus(Duration.ofDays(1)));
        var rebooked = world.confirmedBooking(asha, week);

        var notes = write(ravi, "Week one.\nWeek two.", 1);

        assertThat(rebooked.chat().id()).isEqualTo(chat);
        assertThat(notes.version()).isEqualTo(2);
        assertThat(world.notes.history(chat, 10)).hasSize(2);
    }

    @Test
    void notes_of_one_chat_are_not_those_of_another() {
        var meena = world.onboardedUser("meena");
        var otherChat = world.confirmedBooking(meena, week).chat().id();
        write(ravi, "about asha", 0);

        var notes = world.writeNotes.write(new WriteNotes.Command(ravi, otherChat, "about meena", 0));

        assertThat(notes.version()).isEqualTo(1);
        assertThat(world.notes.of(chat).orElseThrow().text()).isEqualTo("about asha");
    }

    private SessionNotes write(Actor actor, String text, int baseVersion) {
        return world.writeNotes.write(new WriteNotes.Command(actor, chat, text, baseVersion));
    }
}
