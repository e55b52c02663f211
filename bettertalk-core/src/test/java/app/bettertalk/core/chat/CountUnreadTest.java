package app.bettertalk.core.chat;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CountUnreadTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Actor meera = world.verifiedMentor("meera");

    @Test
    void the_total_adds_up_the_unread_messages_of_every_chat() {
        var withRavi = world.confirmedBooking(asha, world.plan(ravi, 7)).chat().id();
        var withMeera = world.confirmedBooking(asha, world.plan(meera, 7)).chat().id();
        send(ravi, withRavi, "r1");
        send(ravi, withRavi, "r2");
        send(meera, withMeera, "m1");

        var unread = count(asha);

        assertThat(unread.total()).isEqualTo(3);
        assertThat(unread.byChat()).isEqualTo(Map.of(withRavi, 2, withMeera, 1));
    }

    @Test
    void a_chat_with_nothing_unread_is_counted_as_zero() {
        var chat = world.confirmedBooking(asha, world.plan(ravi, 7)).chat().id();
        send(asha, chat, "a1");

        var unread = count(asha);

        assertThat(unread.byChat()).isEqualTo(Map.of(chat, 0));
        assertThat(unread.total()).isZero();
    }

    @Test
    void opening_a_chat_takes_its_messages_off_the_count() {
        var chat = world.confirmedBooking(asha, world.plan(ravi, 7)).chat().id();
        send(ravi, chat, "r1");

        world.readChat.read(new ReadChat.Query(asha, chat, new ReadChat.Page.Latest(50)));

        assertThat(count(asha).total()).isZero();
    }

    @Test
    void someone_without_chats_has_nothing_unread() {
        assertThat(count(asha).total()).isZero();
    }

    @Test
    void someone_who_has_not_onboarded_counts_nothing() {
        var attempt = catchThrowable(() -> count(world.newcomer("Nila")));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
    }

    private Unread count(Actor actor) {
        return world.countUnread.count(new CountUnread.Query(actor));
    }

    private void send(Actor sender, ChatId chat, String clientMessageId) {
        world.sendMessage.send(new SendMessage.Command(sender, chat, clientMessageId, "Hello"));
    }
}
