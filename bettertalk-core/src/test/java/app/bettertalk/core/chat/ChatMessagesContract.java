package app.bettertalk.core.chat;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ChatMessages} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class ChatMessagesContract {
    private ChatMessages messages;
    private ContractRows rows;
    private User asha;
    private Mentor ravi;
    private ChatThread chat;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        messages = stores.chatMessages();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.mentor("ravi_k");
        chat = rows.thread(asha, ravi);
    }

    @Test
    void a_message_reads_back_with_every_field() {
        var message = new Message(MessageId.random(), chat.id(), asha.id(), "c-7f3a_01",
                "Couldn't sleep again.\nनमस्ते 🌱 \"quoted\"", at(3));

        rows.write(() -> messages.addOnce(message));

        assertThat(messages.bySenderAndClientId(asha.id(), "c-7f3a_01")).contains(message);
    }

    @Test
    void a_message_of_the_longest_allowed_text_reads_back_whole() {
        var message = new Message(MessageId.random(), chat.id(), asha.id(), "c1", "🌱".repeat(Message.MAX_LENGTH),
                at(3));

        rows.write(() -> messages.addOnce(message));

        assertThat(messages.bySenderAndClientId(asha.id(), "c1")).contains(message);
    }

    @Test
    void adding_a_new_message_stores_it() {
        var message = message(asha.id(), "c1", "Hello", at(1));

        var stored = rows.inTransaction(() -> messages.addOnce(message));

        assertThat(stored).isTrue();
        assertThat(messages.latest(chat.id())).contains(message);
    }

    @Test
    void adding_again_with_the_same_sender_and_client_id_stores_nothing_and_keeps_the_first() {
        var first = send(asha.id(), "c1", "Hello", at(1));
        var retry = message(asha.id(), "c1", "Hello, edited on retry", at(2));

        var stored = rows.inTransaction(() -> messages.addOnce(retry));

        assertThat(stored).isFalse();
        assertThat(messages.bySenderAndClientId(asha.id(), "c1")).contains(first);
        assertThat(messages.latest(chat.id(), 10)).containsExactly(first);
    }

    @Test
    void another_sender_may_use_the_same_client_id() {
        var hers = send(asha.id(), "c1", "Hello", at(1));
        var his = message(ravi.id(), "c1", "Hi Asha", at(2));

        var stored = rows.inTransaction(() -> messages.addOnce(his));

        assertThat(stored).isTrue();
        assertThat(messages.latest(chat.id(), 10)).containsExactly(hers, his);
    }

    @Test
    void an_unknown_client_id_finds_no_message() {
        send(asha.id(), "c1", "Hello", at(1));

        assertThat(messages.bySenderAndClientId(asha.id(), "c2")).isEmpty();
    }

    @Test
    void a_client_id_finds_no_message_of_another_sender() {
        send(asha.id(), "c1", "Hello", at(1));

        assertThat(messages.bySenderAndClientId(ravi.id(), "c1")).isEmpty();
    }

    @Test
    void the_latest_message_is_the_chats_last_stored_one() {
        send(asha.id(), "c1", "Hello", at(1));
        send(ravi.id(), "c1", "Hi", at(2));
        var last = send(asha.id(), "c2", "How are you?", at(3));

        assertThat(messages.latest(chat.id())).contains(last);
    }

    @Test
    void a_chat_without_messages_has_no_latest_one() {
        assertThat(messages.latest(chat.id())).isEmpty();
    }

    @Test
    void the_latest_messages_are_the_last_limit_ones_oldest_of_them_first() {
        send(asha.id(), "c1", "one", at(1));
        send(asha.id(), "c2", "two", at(2));
        var third = send(ravi.id(), "c3", "three", at(3));
        var fourth = send(asha.id(), "c4", "four", at(4));
        var fifth = send(ravi.id(), "c5", "five", at(5));

        assertThat(messages.latest(chat.id(), 3)).containsExactly(third, fourth, fifth);
    }

    @Test
    void asking_for_more_latest_messages_than_a_chat_has_returns_them_all_oldest_first() {
        var first = send(asha.id(), "c1", "one", at(1));
        var second = send(ravi.id(), "c2", "two", at(2));

        assertThat(messages.latest(chat.id(), 50)).containsExactly(first, second);
    }

    @Test
    void messages_after_one_are_up_to_limit_of_those_stored_after_it_oldest_first() {
        var first = send(asha.id(), "c1", "one", at(1));
        var second = send(asha.id(), "c2", "two", at(2));
        var third = send(ravi.id(), "c3", "three", at(3));
        send(asha.id(), "c4", "four", at(4));

        assertThat(messages.after(chat.id(), first.id(), 2)).containsExactly(second, third);
    }

    @Test
    void paging_on_after_the_last_message_read_reads_the_whole_chat_once() {
        var all = new ArrayList<Message>();
        for (var i = 1; i <= 7; i++) {
            all.add(send(i % 2 == 0 ? ravi.id() : asha.id(), "c" + i, "message " + i, at(i)));
        }

        var read = new ArrayList<>(List.of(all.getFirst()));
        for (var pages = 0; pages < all.size(); pages++) {
            var page = messages.after(chat.id(), read.getLast().id(), 3);
            if (page.isEmpty()) {
                break;
            }
            read.addAll(page);
        }

        assertThat(read).containsExactlyElementsOf(all);
    }

    @Test
    void nothing_is_stored_after_the_last_message() {
        send(asha.id(), "c1", "one", at(1));
        var last = send(ravi.id(), "c2", "two", at(2));

        assertThat(messages.after(chat.id(), last.id(), 10)).isEmpty();
    }

    @Test
    void messages_sent_at_the_same_instant_keep_the_order_they_were_stored_in() {
        var sameInstant = at(5);
        var first = send(asha.id(), "c1", "one", sameInstant);
        var second = send(ravi.id(), "c2", "two", sameInstant);
        var third = send(asha.id(), "c3", "three", sameInstant);

        assertThat(messages.latest(chat.id(), 10)).containsExactly(first, second, third);
        assertThat(messages.after(chat.id(), first.id(), 10)).containsExactly(second, third);
    }

    @Test
    void a_chats_messages_leave_out_other_chats_messages() {
        var other = rows.thread(rows.user("kabir"), ravi);
        var first = send(asha.id(), "c1", "one", at(1));
        sendIn(other, other.user(), "k1", "elsewhere", at(2));
        var second = send(ravi.id(), "c2", "two", at(3));
        sendIn(other, other.user(), "k2", "elsewhere, later", at(4));

        assertThat(messages.latest(chat.id(), 10)).containsExactly(first, second);
        assertThat(messages.after(chat.id(), first.id(), 10)).containsExactly(second);
        assertThat(messages.latest(chat.id())).contains(second);
    }

    @Test
    void a_senders_first_message_from_an_instant_on_is_found_in_that_chat_only() {
        var other = rows.thread(rows.user("kabir"), ravi);
        send(ravi.id(), "r0", "before", at(1));
        sendIn(other, ravi.id(), "k1", "elsewhere", at(2));
        send(asha.id(), "a1", "hers", at(3));
        send(ravi.id(), "r1", "first after", at(5));
        send(ravi.id(), "r2", "second after", at(6));

        assertThat(messages.firstSentBy(chat.id(), ravi.id(), at(2))).contains(at(5));
        assertThat(messages.firstSentBy(chat.id(), ravi.id(), at(5))).as("from the instant itself").contains(at(5));
        assertThat(messages.firstSentBy(chat.id(), ravi.id(), at(1))).contains(at(1));
        assertThat(messages.firstSentBy(chat.id(), ravi.id(), at(7))).isEmpty();
        assertThat(messages.firstSentBy(other.id(), ravi.id(), at(3))).isEmpty();
        assertThat(messages.firstSentBy(chat.id(), asha.id(), at(4))).isEmpty();
    }

    private Message message(UserId sender, String clientMessageId, String text, Instant at) {
        return new Message(MessageId.random(), chat.id(), sender, clientMessageId, text, at);
    }

    private Message send(UserId sender, String clientMessageId, String text, Instant at) {
        return sendIn(chat, sender, clientMessageId, text, at);
    }

    private Message sendIn(ChatThread thread, UserId sender, String clientMessageId, String text, Instant at) {
        var message = new Message(MessageId.random(), thread.id(), sender, clientMessageId, text, at);
        rows.write(() -> messages.addOnce(message));
        return message;
    }

    @Test
    void a_hidden_message_is_not_read_back_for_the_chat_but_a_retry_and_the_latest_still_find_it() {
        var first = new Message(MessageId.random(), chat.id(), asha.id(), "c1", "one", at(1));
        var hidden = new Message(MessageId.random(), chat.id(), asha.id(), "c2", "two", at(2));
        var third = new Message(MessageId.random(), chat.id(), ravi.id(), "r3", "three", at(3));
        var last = new Message(MessageId.random(), chat.id(), asha.id(), "c4", "four", at(4));
        for (var message : java.util.List.of(first, hidden, third, last)) {
            rows.write(() -> messages.addOnce(message));
        }
        assertThat(messages.byId(hidden.id())).contains(hidden);

        rows.write(() -> messages.hide(hidden.id(), at(5)));
        rows.write(() -> messages.hide(last.id(), at(5)));

        assertThat(messages.byId(hidden.id())).isEmpty();
        assertThat(messages.latest(chat.id(), 10)).containsExactly(first, third);
        assertThat(messages.after(chat.id(), first.id(), 10)).containsExactly(third);
        // A hidden cursor still marks its place.
        assertThat(messages.after(chat.id(), hidden.id(), 10)).containsExactly(third);
        assertThat(messages.bySenderAndClientId(asha.id(), "c2")).contains(hidden);
        assertThat(messages.latest(chat.id())).contains(last);
    }
}
