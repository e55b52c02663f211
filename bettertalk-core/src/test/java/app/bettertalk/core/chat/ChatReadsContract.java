package app.bettertalk.core.chat;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ChatReads} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class ChatReadsContract {
    private ChatReads reads;
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
        reads = stores.chatReads();
        messages = stores.chatMessages();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.mentor("ravi_k");
        chat = rows.thread(asha, ravi);
    }

    @Test
    void a_chat_nobody_wrote_in_has_no_last_message_and_nothing_unread() {
        var activity = reads.activityOf(asha.id());

        assertThat(activity).containsExactlyEntriesOf(Map.of(chat.id(), ChatActivity.NONE));
    }

    @Test
    void a_chat_never_read_has_every_message_of_the_other_person_unread() {
        send(ravi.id(), "r1", at(1));
        send(ravi.id(), "r2", at(2));

        assertThat(unread(asha.id())).isEqualTo(2);
    }

    @Test
    void the_readers_own_messages_are_never_unread() {
        send(asha.id(), "a1", at(1));
        send(ravi.id(), "r1", at(2));
        send(asha.id(), "a2", at(3));

        assertThat(unread(asha.id())).isEqualTo(1);
        assertThat(unread(ravi.id())).isEqualTo(2);
    }

    @Test
    void the_last_message_time_is_that_of_the_last_stored_message_whoever_sent_it() {
        send(ravi.id(), "r1", at(1));
        send(asha.id(), "a1", at(4));

        assertThat(reads.activityOf(ravi.id()).get(chat.id()).lastMessageAt()).contains(at(4));
    }

    @Test
    void reading_up_to_the_last_message_leaves_nothing_unread() {
        send(ravi.id(), "r1", at(1));
        var last = send(ravi.id(), "r2", at(2));

        mark(asha.id(), last, at(3));

        assertThat(unread(asha.id())).isZero();
    }

    @Test
    void messages_stored_after_the_mark_are_unread() {
        var read = send(ravi.id(), "r1", at(1));
        mark(asha.id(), read, at(2));

        send(ravi.id(), "r2", at(3));
        send(ravi.id(), "r3", at(4));

        assertThat(unread(asha.id())).isEqualTo(2);
    }

    @Test
    void messages_sent_at_the_same_instant_count_by_the_order_they_were_stored_in() {
        var first = send(ravi.id(), "r1", at(5));
        send(ravi.id(), "r2", at(5));
        send(ravi.id(), "r3", at(5));

        mark(asha.id(), first, at(6));

        assertThat(unread(asha.id())).isEqualTo(2);
    }

    @Test
    void a_mark_never_moves_back() {
        var first = send(ravi.id(), "r1", at(1));
        var second = send(ravi.id(), "r2", at(2));
        send(ravi.id(), "r3", at(3));
        mark(asha.id(), second, at(4));

        mark(asha.id(), first, at(5));

        assertThat(unread(asha.id())).isEqualTo(1);
    }

    @Test
    void reading_up_to_the_same_message_again_changes_nothing() {
        var first = send(ravi.id(), "r1", at(1));
        send(ravi.id(), "r2", at(2));
        mark(asha.id(), first, at(3));

        mark(asha.id(), first, at(4));

        assertThat(unread(asha.id())).isEqualTo(1);
    }

    @Test
    void one_participants_mark_leaves_the_others_unread_as_it_was() {
        send(asha.id(), "a1", at(1));
        var fromRavi = send(ravi.id(), "r1", at(2));

        mark(asha.id(), fromRavi, at(3));

        assertThat(unread(asha.id())).isZero();
        assertThat(unread(ravi.id())).isEqualTo(1);
    }

    @Test
    void a_mark_with_a_message_of_another_chat_changes_nothing() {
        var other = rows.thread(asha, rows.mentor("meera"));
        var elsewhere = sendIn(other, other.mentor(), "m1", at(1));
        send(ravi.id(), "r1", at(2));

        rows.write(() -> reads.markRead(chat.id(), asha.id(), elsewhere.id(), at(3)));

        assertThat(reads.activityOf(asha.id()).get(chat.id()).unread()).isEqualTo(1);
        assertThat(reads.activityOf(asha.id()).get(other.id()).unread()).isEqualTo(1);
    }

    @Test
    void the_activity_covers_every_chat_of_the_reader_as_user_or_as_mentor_and_no_other() {
        var meera = rows.mentor("meera");
        var asMember = rows.thread(ravi.id(), meera.id(), at(0), at(60));
        var kabir = rows.user("kabir");
        var notRavis = rows.thread(kabir, meera);
        sendIn(asMember, meera.id(), "m1", at(1));
        sendIn(notRavis, kabir.id(), "k1", at(2));
        send(asha.id(), "a1", at(3));

        var activity = reads.activityOf(ravi.id());

        assertThat(activity).containsOnlyKeys(chat.id(), asMember.id());
        assertThat(activity.get(asMember.id())).isEqualTo(new ChatActivity(Optional.of(at(1)), 1));
        assertThat(activity.get(chat.id())).isEqualTo(new ChatActivity(Optional.of(at(3)), 1));
    }

    @Test
    void someone_in_no_chat_has_no_activity() {
        send(ravi.id(), "r1", at(1));

        assertThat(reads.activityOf(rows.user("kabir").id())).isEmpty();
    }

    private int unread(UserId reader) {
        return reads.activityOf(reader).get(chat.id()).unread();
    }

    private void mark(UserId reader, Message upTo, Instant at) {
        rows.write(() -> reads.markRead(upTo.chat(), reader, upTo.id(), at));
    }

    private Message send(UserId sender, String clientMessageId, Instant at) {
        return sendIn(chat, sender, clientMessageId, at);
    }

    private Message sendIn(ChatThread thread, UserId sender, String clientMessageId, Instant at) {
        var message = new Message(MessageId.random(), thread.id(), sender, clientMessageId, "Hello", at);
        rows.write(() -> messages.addOnce(message));
        return message;
    }
}
