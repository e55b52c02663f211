package app.bettertalk.core.chat;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Blocks;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A participant reads their chat, before and after the window ends. Nobody else learns that the chat exists. The
 * messages a read returns count as read by the reader from then on (their mark moves to the last of them); a read
 * of {@link Page.NoMessages} marks nothing. Messages from someone the reader blocked are left out.
 */
@UseCase
public final class ReadChat {
    private final Blocks blocks;
    private final ChatThreads threads;
    private final ChatMessages messages;
    private final ChatReads reads;
    private final Users users;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ReadChat(ChatThreads threads, ChatMessages messages, ChatReads reads, Users users, Mentors mentors,
                    AccessPolicy access, UnitOfWork unitOfWork, Clock clock, Blocks blocks) {
        this.blocks = blocks;
        this.threads = threads;
        this.messages = messages;
        this.reads = reads;
        this.users = users;
        this.mentors = mentors;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Which messages to read: the latest ones, those after one the reader already has, or none. */
    public sealed interface Page {
        int limit();

        /** Only the chat itself (who, the countdown, whether it is writable): nothing is shown, so nothing read. */
        record NoMessages() implements Page {
            @Override
            public int limit() {
                return 0;
            }
        }

        /** The last {@code limit} messages. */
        record Latest(int limit) implements Page {
            public Latest {
                checkLimit(limit);
            }
        }

        /** Up to {@code limit} messages stored after {@code message}. */
        record After(MessageId message, int limit) implements Page {
            public After {
                Objects.requireNonNull(message, "message");
                checkLimit(limit);
            }
        }

        private static void checkLimit(int limit) {
            if (limit < 1 || limit > 500) {
                throw new DomainException.Validation("limit", "must be 1 to 500");
            }
        }
    }

    /** Input of {@link ReadChat}. */
    public record Query(Actor actor, ChatId chat, Page page) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(page, "page");
        }
    }

    public ChatView read(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var thread = threads.byId(query.chat()).orElseThrow(() -> new DomainException.NotFound("chat"));
        access.requireParticipant(actor, thread, "chat");
        var stored = switch (query.page()) {
            case Page.NoMessages none -> List.<Message>of();
            case Page.Latest latest -> messages.latest(thread.id(), latest.limit());
            case Page.After after -> messages.after(thread.id(), after.message(), after.limit());
        };
        var now = clock.instant();
        if (!stored.isEmpty()) {
            unitOfWork.inTransaction(() -> {
                reads.markRead(thread.id(), actor.id(), stored.getLast().id(), now);
                return null;
            });
        }
        // Someone the reader blocked reaches them no more, and is never told.
        var counterpart = thread.counterpartOf(actor.id());
        var page = blocks.blockedBy(actor.id()).contains(counterpart)
                ? stored.stream().filter(message -> !message.sender().equals(counterpart)).toList() : stored;
        return new ChatView(thread, Counterpart.of(thread, actor.id(), users, mentors), actor.is(thread.mentor()),
                Countdown.of(thread.window().remainingAt(now)), thread.acceptsMessagesAt(now), page, now);
    }
}
