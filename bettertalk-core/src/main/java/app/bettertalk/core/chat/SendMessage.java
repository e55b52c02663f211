package app.bettertalk.core.chat;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Blocks;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.notification.QuietPeriod;
import app.bettertalk.core.safety.Concern;
import app.bettertalk.core.safety.Concerns;
import app.bettertalk.core.safety.ContactDetails;
import app.bettertalk.core.safety.CrisisConcern;
import app.bettertalk.core.safety.CrisisScreen;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant sends a message while the window is open. A message that suggests its writer may be at risk waits
 * until they have been offered helplines and chose to send it anyway; it then goes out, moderators are told and the
 * other participant's page can show them what to do. Contact details in a message are hidden before it is stored. A retry with the same client message id returns the
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
    private final CrisisScreen screen;
    private final Concerns concerns;
    private final Blocks blocks;

    public SendMessage(ChatThreads threads, ChatMessages messages, Users users, Outbox outbox, LiveDelivery live,
                       AccessPolicy access, UnitOfWork unitOfWork, Clock clock, QuietPeriod quietPeriod,
                       CrisisScreen screen, Concerns concerns, Blocks blocks) {
        this.blocks = blocks;
        this.threads = threads;
        this.messages = messages;
        this.users = users;
        this.outbox = outbox;
        this.live = live;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.quietPeriod = quietPeriod;
        this.screen = screen;
        this.concerns = concerns;
    }

    /**
     * Input of {@link SendMessage}; exists only in a valid shape. {@code sendAnyway}: the writer was offered help
     * for this text and chose to send it.
     */
    public record Command(Actor actor, ChatId chat, String clientMessageId, String text, boolean sendAnyway) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(chat, "chat");
            clientMessageId = Message.checkedClientId(clientMessageId);
            text = Text.required("text", text, Message.MAX_LENGTH);
        }

        public Command(Actor actor, ChatId chat, String clientMessageId, String text) {
            this(actor, chat, clientMessageId, text, false);
        }
    }

    /**
     * What a send came to: the message, whether this call stored it (false: an earlier try had), and whether it
     * raised a crisis concern (its writer was offered help and sent it anyway).
     */
    public record Sent(Message message, boolean stored, boolean concernRaised) {
        public Sent {
            Objects.requireNonNull(message, "message");
        }

        public Sent(Message message, boolean stored) {
            this(message, stored, false);
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
        var recipient = thread.counterpartOf(actor.id());
        if (blocks.blockedBy(actor.id()).contains(recipient)) {
            throw new DomainException.Forbidden("blocked_them",
                    "You blocked this person. Unblock them on their profile to write to them again.");
        }
        // Blocked by the recipient: the message is kept, so the sender is not told, but reaches and emails no one.
        var unheard = blocks.blockedBy(recipient).contains(actor.id());
        // The mentor is the one who asks "are you thinking about suicide?", as the guide tells them to: their words
        // are not screened.
        var concern = actor.is(thread.mentor()) ? Optional.<CrisisConcern>empty()
                : screen.heldUnlessSentAnyway(command.text(), command.sendAnyway());
        var previous = messages.latest(thread.id());
        var message = new Message(MessageId.random(), thread.id(), actor.id(), command.clientMessageId(),
                ContactDetails.mask(command.text()).text(), now);
        if (!messages.addOnce(message)) {
            var stored = messages.bySenderAndClientId(actor.id(), command.clientMessageId()).orElseThrow();
            return new Sent(sameChat(stored, command), false);
        }
        var senderName = users.byId(actor.id()).map(User::publicName).orElse("");
        if (!unheard && previous.isEmpty()) {
            outbox.queue(new Email.FirstMessage(recipient, thread.id().value(), senderName), now);
        } else if (!unheard && quietPeriod.isBrokenBy(previous.get().sentAt(), now)) {
            outbox.queue(new Email.MessageAfterQuiet(recipient, thread.id().value(), message.id().value(), senderName),
                    now);
        }
        concern.ifPresent(matched -> concerns.raise(new Concern(new Subject(Subject.Kind.MESSAGE, message.id().value()),
                actor.id(), message.text(), Optional.of(thread.id().value()), matched, now)));
        return new Sent(message, true, concern.isPresent());
    }

    private static Message sameChat(Message stored, Command command) {
        if (!stored.chat().equals(command.chat())) {
            throw new DomainException.Conflict("client_message_id_reused",
                    "That client message id was already used for another chat.");
        }
        return stored;
    }
}
