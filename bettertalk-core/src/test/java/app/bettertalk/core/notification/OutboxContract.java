package app.bettertalk.core.notification;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link Outbox} store promises; an adapter's test extends this with its own fresh stores and a way to
 * read back what its outbox holds, since the port itself only writes.
 */
public abstract class OutboxContract {
    /** An email the outbox holds, and when it is due. */
    public record Queued(Email email, Instant dueAt) {
    }

    private Stores stores;
    private Outbox outbox;
    private ContractRows rows;
    private User asha;
    private Mentor ravi;
    private Booking booking;
    private ChatThread chat;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    /** Every email the outbox of {@code stores} holds, in any order. */
    protected abstract List<Queued> queuedIn(Stores stores);

    @BeforeEach
    void openStores() {
        stores = freshStores();
        outbox = stores.outbox();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.mentor("ravi_k");
        booking = rows.pendingBooking(asha, rows.plan(ravi), at(1));
        chat = rows.thread(asha, ravi);
    }

    @Test
    void a_queued_email_is_held_due_at_the_time_given() {
        var welcome = new Email.OnboardingCompleted(asha.id(), "asha");

        var queued = queue(welcome, at(2));

        assertThat(queued).isTrue();
        assertThat(queuedIn(stores)).containsExactly(new Queued(welcome, at(2)));
    }

    @Test
    void every_kind_of_email_reads_back_with_every_field() {
        var message = new Message(MessageId.random(), chat.id(), ravi.id(), "c1", "Hi", at(3));
        rows.write(() -> stores.chatMessages().addOnce(message));
        var emails = List.of(
                new Email.OnboardingCompleted(asha.id(), "Asha_R"),
                new Email.BookingConfirmed(asha.id(), booking.id().value(), chat.id().value(), "Ravi – नमस्ते 🌱",
                        "Deep support \"30 days\"", new Paise(149_999), 30),
                new Email.ChatOpened(ravi.id(), booking.id().value(), chat.id().value(), "asha", at(10_080), true),
                new Email.FirstMessage(asha.id(), chat.id().value(), "ravi_k"),
                new Email.MessageAfterQuiet(asha.id(), chat.id().value(), message.id().value(), "ravi_k"),
                new Email.ReviewInvitation(asha.id(), booking.id().value(), "Ravi – नमस्ते 🌱"),
                new Email.BookingRefunded(ravi.id(), booking.id().value(), "asha = \\ #1", "Week: नमस्ते",
                        new Paise(49_900), Email.BookingRefunded.RefundCause.MEMBER_CANCELLED, false));

        for (var i = 0; i < emails.size(); i++) {
            queue(emails.get(i), at(4 + i));
        }

        assertThat(queuedIn(stores)).containsExactlyInAnyOrder(
                new Queued(emails.get(0), at(4)),
                new Queued(emails.get(1), at(5)),
                new Queued(emails.get(2), at(6)),
                new Queued(emails.get(3), at(7)),
                new Queued(emails.get(4), at(8)),
                new Queued(emails.get(5), at(9)),
                new Queued(emails.get(6), at(10)));
    }

    @Test
    void queuing_an_email_whose_deduplication_key_is_known_queues_nothing_and_keeps_the_first() {
        var first = new Email.ChatOpened(asha.id(), booking.id().value(), chat.id().value(), "ravi_k", at(100), false);
        var sameEvent = new Email.ChatOpened(asha.id(), booking.id().value(), chat.id().value(), "Ravi", at(200),
                true);
        queue(first, at(2));

        var queued = queue(sameEvent, at(3));

        assertThat(queued).isFalse();
        assertThat(queuedIn(stores)).containsExactly(new Queued(first, at(2)));
    }

    @Test
    void emails_with_different_deduplication_keys_are_all_queued() {
        var toUser = new Email.ChatOpened(asha.id(), booking.id().value(), chat.id().value(), "ravi_k", at(100),
                false);
        var toMentor = new Email.ChatOpened(ravi.id(), booking.id().value(), chat.id().value(), "asha", at(100),
                false);
        queue(toUser, at(2));

        var queued = queue(toMentor, at(2));

        assertThat(queued).isTrue();
        assertThat(queuedIn(stores)).containsExactlyInAnyOrder(new Queued(toUser, at(2)), new Queued(toMentor, at(2)));
    }

    @Test
    void queuing_several_at_once_queues_each_and_ignores_a_known_key() {
        var known = new Email.ChatOpened(asha.id(), booking.id().value(), chat.id().value(), "ravi_k", at(100), false);
        queue(known, at(2));
        var sameEvent = new Email.ChatOpened(asha.id(), booking.id().value(), chat.id().value(), "Ravi", at(200),
                true);
        var invitation = new Email.ReviewInvitation(asha.id(), booking.id().value(), "ravi_k");
        var toMentor = new Email.FirstMessage(ravi.id(), chat.id().value(), "asha");

        rows.write(() -> outbox.queueAll(List.of(sameEvent, invitation, toMentor), at(3)));

        assertThat(queuedIn(stores)).containsExactlyInAnyOrder(new Queued(known, at(2)),
                new Queued(invitation, at(3)), new Queued(toMentor, at(3)));
    }

    @Test
    void queuing_none_at_once_queues_nothing() {
        rows.write(() -> outbox.queueAll(List.of(), at(3)));

        assertThat(queuedIn(stores)).isEmpty();
    }

    @Test
    void an_empty_outbox_holds_nothing() {
        assertThat(queuedIn(stores)).isEmpty();
    }

    private boolean queue(Email email, Instant at) {
        return rows.inTransaction(() -> outbox.queue(email, at));
    }
}
