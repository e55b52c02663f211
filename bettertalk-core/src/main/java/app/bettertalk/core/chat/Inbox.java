package app.bettertalk.core.chat;

import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's chats as their lists show them, newest activity first: four questions to the stores (threads, their
 * activity, names, ticks) however many chats there are. Not a use case: {@link ListChats} and the mentor dashboard
 * share it.
 */
public final class Inbox {
    private static final Comparator<ChatSummary> NEWEST_ACTIVITY_FIRST =
            Comparator.comparing(ChatSummary::lastActivity).reversed()
                    .thenComparing(summary -> summary.thread().endsAt(), Comparator.reverseOrder())
                    .thenComparing(summary -> summary.thread().id().value());

    private final ChatThreads threads;
    private final ChatReads reads;
    private final Users users;
    private final Mentors mentors;

    public Inbox(ChatThreads threads, ChatReads reads, Users users, Mentors mentors) {
        this.threads = threads;
        this.reads = reads;
        this.users = users;
        this.mentors = mentors;
    }

    /** Every chat {@code person} takes part in, as user or as mentor, as it stands at {@code now}. */
    public List<ChatSummary> of(UserId person, Instant now) {
        var mine = threads.ofParticipant(person);
        if (mine.isEmpty()) {
            return List.of();
        }
        var activity = reads.activityOf(person);
        var others = mine.stream().map(thread -> thread.counterpartOf(person)).collect(Collectors.toSet());
        var names = users.byIds(others).stream().collect(Collectors.toMap(User::id, User::publicName));
        var verified = mentors.byIds(others).stream().filter(Mentor::verified).map(Mentor::id)
                .collect(Collectors.toSet());
        Function<ChatThread, ChatSummary> summary = thread -> {
            var other = thread.counterpartOf(person);
            var counterpart = new Counterpart(other, names.getOrDefault(other, ""),
                    other.equals(thread.mentor()) && verified.contains(other));
            return new ChatSummary(thread, counterpart, Countdown.of(thread.window().remainingAt(now)),
                    thread.stateAt(now), activity.getOrDefault(thread.id(), ChatActivity.NONE));
        };
        return mine.stream().map(summary).sorted(NEWEST_ACTIVITY_FIRST).toList();
    }
}
