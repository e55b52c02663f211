package app.bettertalk.core.chat;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ReadChatTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);
    private final Confirmation booked = world.confirmedBooking(asha, week);
    private final ChatId chat = booked.chat().id();
    private final Instant endsAt = booked.chat().endsAt();

    @Test
    void the_user_reads_the_chat_with_their_mentor() {
        var view = read(asha);

        assertThat(view.thread().id()).isEqualTo(chat);
        assertThat(view.counterpart()).isEqualTo(new Counterpart(ravi.id(), "ravi_k", true));
        assertThat(view.viewerIsMentor()).isFalse();
        assertThat(view.writable()).isTrue();
        assertThat(view.countdown().text()).isEqualTo("Free chat available for next 7 days");
    }

    @Test
    void the_mentor_reads_the_chat_with_their_user() {
        var view = read(ravi);

        assertThat(view.counterpart()).isEqualTo(new Counterpart(asha.id(), "asha", false));
        assertThat(view.viewerIsMentor()).isTrue();
        assertThat(view.writable()).isTrue();
    }

    @Test
    void the_view_says_when_by_the_core_clock_it_was_read() {
        world.clock.advance(Duration.ofHours(3));

        var view = read(asha);

        assertThat(view.readAt()).isEqualTo(world.now());
        assertThat(view.thread().endsAt()).isEqualTo(endsAt);
    }

    @Test
    void the_countdown_is_what_remains_now_rounded_down() {
        world.clock.advance(Duration.ofDays(1).plusSeconds(30));

        var view = read(asha);

        assertThat(view.countdown().text()).isEqualTo("Free chat available for next 5 days 23 hours 59 minutes");
    }

    @Test
    void messages_come_oldest_first() {
        send(asha, "m1", "one");
        send(ravi, "r1", "two");
        send(asha, "m2", "three");

        var view = read(ravi);

        assertThat(view.messages()).extracting(Message::text).containsExactly("one", "two", "three");
    }

    @Test
    void a_page_of_the_latest_messages_holds_the_last_ones() {
        send(asha, "m1", "one");
        send(ravi, "r1", "two");
        send(asha, "m2", "three");

        var view = world.readChat.read(new ReadChat.Query(asha, chat, new ReadChat.Page.Latest(2)));

        assertThat(view.messages()).extracting(Message::text).containsExactly("two", "three");
    }

    @Test
    void a_page_after_a_message_holds_the_ones_stored_after_it() {
        var first = send(asha, "m1", "one");
        send(ravi, "r1", "two");
        send(asha, "m2", "three");

        var view = world.readChat.read(new ReadChat.Query(asha, chat, new ReadChat.Page.After(first.id(), 1)));

        assertThat(view.messages()).extracting(Message::text).containsExactly("two");
    }

    @Test
    void the_chat_stays_readable_after_it_expired_but_is_no_longer_writable() {
        send(asha, "m1", "thank you");
        world.clock.set(endsAt.plus(Duration.ofDays(30)));

        var view = read(asha);

        assertThat(view.writable()).isFalse();
        assertThat(view.countdown().expired()).isTrue();
        assertThat(view.countdown().text()).isEqualTo("Chat expired. Rebook a session to continue.");
        assertThat(view.messages()).extracting(Message::text).containsExactly("thank you");
    }

    @Test
    void at_the_instant_the_window_ends_the_chat_is_not_writable() {
        world.clock.set(endsAt);

        var view = read(ravi);

        assertThat(view.writable()).isFalse();
        assertThat(view.countdown().text()).isEqualTo(Countdown.EXPIRED_TEXT);
    }

    @Test
    void one_nanosecond_before_the_end_the_chat_is_writable_for_less_than_a_minute() {
        world.clock.set(endsAt.minusNanos(1));

        var view = read(asha);

        assertThat(view.writable()).isTrue();
        assertThat(view.countdown().text()).isEqualTo("Free chat available for less than a minute");
    }

    @Test
    void someone_outside_the_chat_finds_no_chat() {
        var meena = world.onboardedUser("meena");

        var attempt = catchThrowable(() -> read(meena));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("chat"));
    }

    @Test
    void an_admin_finds_no_chat() {
        var admin = world.admin("priya");

        var attempt = catchThrowable(() -> read(admin));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_operator_finds_no_chat() {
        var attempt = catchThrowable(() -> read(Actor.operator()));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void another_mentor_finds_no_chat() {
        var meera = world.verifiedMentor("meera");

        var attempt = catchThrowable(() -> read(meera));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unknown_chat_is_not_found() {
        var attempt = catchThrowable(() -> world.readChat.read(
                new ReadChat.Query(asha, ChatId.random(), new ReadChat.Page.Latest(50))));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void someone_who_has_not_onboarded_reads_nothing() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> read(newcomer));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void a_page_holds_1_to_500_messages() {
        assertThat(catchThrowable(() -> new ReadChat.Page.Latest(0)))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        validation -> assertThat(validation.field()).isEqualTo("limit"));
        assertThat(catchThrowable(() -> new ReadChat.Page.Latest(501)))
                .isInstanceOf(DomainException.Validation.class);
        assertThat(new ReadChat.Page.Latest(500).limit()).isEqualTo(500);
    }

    @Test
    void reading_the_latest_messages_marks_them_read_for_the_reader() {
        send(ravi, "r1", "one");
        send(ravi, "r2", "two");

        read(asha);

        assertThat(unreadOf(asha)).isZero();
    }

    @Test
    void reading_marks_nothing_read_for_the_other_participant() {
        send(asha, "m1", "one");

        read(asha);

        assertThat(unreadOf(ravi)).isEqualTo(1);
    }

    @Test
    void reading_a_page_marks_read_only_up_to_its_last_message() {
        var first = send(ravi, "r1", "one");
        send(ravi, "r2", "two");
        send(ravi, "r3", "three");

        world.readChat.read(new ReadChat.Query(asha, chat, new ReadChat.Page.After(first.id(), 1)));

        assertThat(unreadOf(asha)).isEqualTo(1);
    }

    @Test
    void reading_an_older_page_later_never_marks_newer_messages_unread_again() {
        var first = send(ravi, "r1", "one");
        send(ravi, "r2", "two");
        send(ravi, "r3", "three");
        read(asha);

        world.readChat.read(new ReadChat.Query(asha, chat, new ReadChat.Page.After(first.id(), 1)));

        assertThat(unreadOf(asha)).isZero();
    }

    @Test
    void reading_without_messages_marks_nothing_read() {
        send(ravi, "r1", "one");

        var view = world.readChat.read(new ReadChat.Query(asha, chat, new ReadChat.Page.NoMessages()));

        assertThat(view.messages()).isEmpty();
        assertThat(view.writable()).isTrue();
        assertThat(unreadOf(asha)).isEqualTo(1);
    }

    @Test
    void someone_refused_the_chat_marks_nothing() {
        send(ravi, "r1", "one");
        var meena = world.onboardedUser("meena");

        catchThrowable(() -> read(meena));

        assertThat(world.chatReads.activityOf(meena.id())).isEmpty();
        assertThat(unreadOf(asha)).isEqualTo(1);
    }

    private ChatView read(Actor actor) {
        return world.readChat.read(new ReadChat.Query(actor, chat, new ReadChat.Page.Latest(50)));
    }

    private int unreadOf(Actor reader) {
        return world.chatReads.activityOf(reader.id()).get(chat).unread();
    }

    private Message send(Actor actor, String clientMessageId, String text) {
        return world.sendMessage.send(new SendMessage.Command(actor, chat, clientMessageId, text)).message();
    }
}
