package app.bettertalk.core.chat;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.notification.QuietPeriod;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * A participant sends a message while the window is open. A retry with the same client message id returns the
 * message stored the first time, even after the window has closed. The first message of a chat, and a message after
 * a quiet period, queue an email to the other participant.
 */
@UseCase
public final class SendMessage {
    private final ChatThreads threads;
    private final ChatMessages messages;
    private final Users users;
    private final Outbox outbox;
    private final LiveDelivery live;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final QuietPeriod quietPeriod;

    public SendMessage(ChatThreads threads, ChatMessages messages, Users users, Outbox outbox, LiveDelivery live,
                       AccessPolicy access, UnitOfWork unitOfWork, Clock clock, QuietPeriod quietPeriod) {
        this.threads = threads;
        this.messages = messages;
        this.users = users;
        this.outbox = outbox;
        this.live = live;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.quietPeriod = quietPeriod;
    }

    /** Input of {@link SendMessage}; exists only in a valid shape. */
    public record Command(Actor actor, ChatId chat, String clientMessageId, String text) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(chat, "chat");
            clientMessageId = Message.checkedClientId(clientMessageId);
            text = Text.required("text", text, Message.MAX_LENGTH);
        }
    }

    /** What a send came to: the message, and whether this call stored it (false: an earlier try had). */
    public record Sent(Message message, boolean stored) {
        public Sent {
            Objects.requireNonNull(message, "message");
        }
    }

    public Sent send(Command command) {
        access.requireOnboarded(command.actor());
        var outcome = unitOfWork.inTransaction(() -> store(command));
        if (outcome.stored()) {
            live.deliver(outcome.message());
        }
        return outcome;
    }

    private Sent store(Command command) {
        var actor = command.actor();
        // The thread's lock orders sends within one chat, so "first" and "after a quiet period" are decided once.
        var thread = threads.lockById(command.chat()).orElseThrow(() -> new DomainException.NotFound("chat"));
        access.requireParticipant(actor, thread, "chat");
        var retried = messages.bySenderAndClientId(actor.id(), command.clientMessageId());
        if (retried.isPresent()) {
            return new Sent(sameChat(retried.get(), command), false);
        }
        var now = clock.instant();
        if (!thread.acceptsMessagesAt(now)) {
            throw new DomainException.ChatExpired(thread.endsAt());
        }
        var previous = messages.latest(thread.id());
        var message = new Message(MessageId.random(), thread.id(), actor.id(), command.clientMessageId(),
                command.text(), now);
        if (!messages.addOnce(message)) {
            var stored = messages.bySenderAndClientId(actor.id(), command.clientMessageId()).orElseThrow();
            return new Sent(sameChat(stored, command), false);
        }
        var recipient = thread.counterpartOf(actor.id());
        var senderName = users.byId(actor.id()).map(User::publicName).orElse("");
        if (previous.isEmpty()) {
            outbox.queue(new Email.FirstMessage(recipient, thread.id().value(), senderName), now);
        } else if (quietPeriod.isBrokenBy(previous.get().sentAt(), now)) {
            outbox.queue(new Email.MessageAfterQuiet(recipient, thread.id().value(), message.id().value(), senderName),
                    now);
        }
        return new Sent(message, true);
    }

    private static Message sameChat(Message stored, Command command) {
        if (!stored.chat().equals(command.chat())) {
            throw new DomainException.Conflict("client_message_id_reused",
                    "That client message id was already used for another chat.");
        }
        return stored;
    }
}
