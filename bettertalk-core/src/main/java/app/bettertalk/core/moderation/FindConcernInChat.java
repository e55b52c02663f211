package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

/**
 * Whether the mentor of a chat should be shown what to do when someone may be at risk: the member has sent a message
 * the crisis screen flagged, and moderators have not yet closed it. The member is never told; nobody else may ask.
 */
@UseCase
public final class FindConcernInChat {
    private final ChatThreads threads;
    private final ModerationCases cases;
    private final AccessPolicy access;

    public FindConcernInChat(ChatThreads threads, ModerationCases cases, AccessPolicy access) {
        this.threads = threads;
        this.cases = cases;
        this.access = access;
    }

    /** True when {@code actor} is the chat's mentor and the member has an open crisis case in it. */
    public boolean find(Actor actor, ChatId chat) {
        var thread = threads.byId(chat).orElseThrow(() -> new DomainException.NotFound("chat"));
        access.requireParticipant(actor, thread, "chat");
        return actor.is(thread.mentor()) && cases.openCrisisOf(thread.user(), chat.value());
    }
}
