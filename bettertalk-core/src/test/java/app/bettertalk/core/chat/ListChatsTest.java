package app.bettertalk.core.chat;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ListChatsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Actor meera = world.verifiedMentor("meera");

    @Test
    void a_user_sees_their_chats_newest_activity_first() {
        var older = world.confirmedBooking(asha, world.plan(ravi, 10)).chat();
        world.clock.advance(Duration.ofMinutes(5));
        var newer = world.confirmedBooking(asha, world.plan(meera, 2)).chat();

        var listed = list(asha);

        assertThat(listed).extracting(summary -> summary.thread().id()).containsExactly(newer.id(), older.id());
    }

    @Test
    void a_new_message_brings_its_chat_to_the_top() {
        var older = world.confirmedBooking(asha, world.plan(ravi, 10)).chat();
        world.clock.advance(Duration.ofMinutes(5));
        var newer = world.confirmedBooking(asha, world.plan(meera, 2)).chat();
        world.clock.advance(Duration.ofMinutes(5));
        send(ravi, older.id(), "r1");

        var listed = list(asha);

        assertThat(listed).extracting(summary -> summary.thread().id()).containsExactly(older.id(), newer.id());
        assertThat(listed.getFirst().activity().lastMessageAt()).contains(world.now());
        assertThat(listed.getLast().activity().lastMessageAt()).isEmpty();
    }

    @Test
    void each_chat_counts_the_other_persons_messages_not_yet_read() {
        var chat = world.confirmedBooking(asha, world.plan(ravi, 7)).chat();
        send(ravi, chat.id(), "r1");
        send(ravi, chat.id(), "r2");
        send(asha, chat.id(), "a1");

        assertThat(list(asha).getFirst().unread()).isEqualTo(2);
        assertThat(list(ravi).getFirst().unread()).isEqualTo(1);
    }

    @Test
    void a_chat_whose_window_has_ended_reads_ended_before_the_sweep() {
        var chat = world.confirmedBooking(asha, world.plan(ravi, 2)).chat();
        world.clock.set(chat.endsAt());

        var listed = list(asha);

        assertThat(listed).singleElement().satisfies(summary -> {
            assertThat(summary.thread().active()).isTrue();
            assertThat(summary.state()).isEqualTo(SessionState.ENDED);
        });
    }

    @Test
    void an_open_chat_is_active() {
        world.confirmedBooking(asha, world.plan(ravi, 2));

        assertThat(list(asha).getFirst().state()).isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void each_chat_names_the_other_person_and_its_countdown() {
        world.confirmedBooking(asha, world.plan(ravi, 2));
        world.clock.advance(Duration.ofHours(1));

        var listed = list(asha);

        assertThat(listed).singleElement().satisfies(summary -> {
            assertThat(summary.counterpart()).isEqualTo(new Counterpart(ravi.id(), "ravi_k", true));
            assertThat(summary.countdown().text()).isEqualTo("Free chat available for next 1 day 23 hours");
        });
    }

    @Test
    void a_mentor_sees_the_chats_with_their_users() {
        var meena = world.onboardedUser("meena");
        var plan = world.plan(ravi, 7);
        world.confirmedBooking(asha, plan);
        world.confirmedBooking(meena, plan);

        var listed = list(ravi);

        assertThat(listed).extracting(summary -> summary.counterpart().name())
                .containsExactlyInAnyOrder("asha", "meena");
        assertThat(listed).extracting(summary -> summary.counterpart().verifiedMentor()).containsOnly(false);
    }

    @Test
    void a_rebooked_mentor_appears_once() {
        var plan = world.plan(ravi, 7);
        world.confirmedBooking(asha, plan);
        world.confirmedBooking(asha, plan);

        var listed = list(asha);

        assertThat(listed).hasSize(1);
        assertThat(listed.getFirst().countdown().text()).isEqualTo("Free chat available for next 14 days");
    }

    @Test
    void an_expired_chat_is_still_listed_as_expired() {
        world.confirmedBooking(asha, world.plan(ravi, 2));
        world.clock.advance(Duration.ofDays(3));

        var listed = list(asha);

        assertThat(listed).singleElement()
                .satisfies(summary -> assertThat(summary.countdown().expired()).isTrue());
    }

    @Test
    void other_peoples_chats_are_not_listed() {
        world.confirmedBooking(world.onboardedUser("meena"), world.plan(ravi, 7));

        var listed = list(asha);

        assertThat(listed).isEmpty();
    }

    @Test
    void an_admin_lists_no_one_elses_chats() {
        world.confirmedBooking(asha, world.plan(ravi, 7));
        var admin = world.admin("priya");

        var listed = list(admin);

        assertThat(listed).isEmpty();
    }

    @Test
    void a_pending_booking_opens_no_chat_to_list() {
        world.pendingBooking(asha, world.plan(ravi, 7));

        var listed = list(asha);

        assertThat(listed).isEmpty();
    }

    @Test
    void someone_who_has_not_onboarded_lists_nothing() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> list(newcomer));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
    }

    private void send(Actor sender, ChatId chat, String clientMessageId) {
        world.sendMessage.send(new SendMessage.Command(sender, chat, clientMessageId, "Hello"));
    }

    private List<ChatSummary> list(Actor actor) {
        return world.listChats.list(new ListChats.Query(actor));
    }
}
