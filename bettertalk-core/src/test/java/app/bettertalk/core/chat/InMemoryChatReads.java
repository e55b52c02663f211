package app.bettertalk.core.chat;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ChatReads} in memory: a mark is the message read up to, its place in the chat the order
 * {@link InMemoryChatMessages} stored the chat's messages in.
 */
public final class InMemoryChatReads implements ChatReads, InMemoryState {
    private record Key(ChatId chat, UserId reader) {
    }

    private final InMemoryTable<Key, MessageId> marks = new InMemoryTable<>();
    private final InMemoryChatThreads threads;
    private final InMemoryChatMessages messages;

    public InMemoryChatReads(InMemoryChatThreads threads, InMemoryChatMessages messages) {
        this.threads = threads;
        this.messages = messages;
    }

    @Override
    public synchronized void markRead(ChatId chat, UserId reader, MessageId upTo, Instant at) {
        var all = all(chat);
        var next = indexOf(all, upTo);
        if (next < 0) {
            return;
        }
        var key = new Key(chat, reader);
        var current = marks.get(key).map(mark -> indexOf(all, mark)).orElse(-1);
        if (next > current) {
            marks.put(key, upTo);
        }
    }

    @Override
    public synchronized Map<ChatId, ChatActivity> activityOf(UserId reader) {
        var activity = new HashMap<ChatId, ChatActivity>();
        for (var thread : threads.ofParticipant(reader)) {
            var all = all(thread.id());
            var mark = marks.get(new Key(thread.id(), reader)).map(read -> indexOf(all, read)).orElse(-1);
            var unread = (int) all.subList(mark + 1, all.size()).stream()
                    .filter(message -> !message.sender().equals(reader)).count();
            activity.put(thread.id(), all.isEmpty() ? ChatActivity.NONE
                    : new ChatActivity(Optional.of(all.getLast().sentAt()), unread));
        }
        return activity;
    }

    private List<Message> all(ChatId chat) {
        return messages.latest(chat, Integer.MAX_VALUE);
    }

    private static int indexOf(List<Message> all, MessageId id) {
        for (var i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object snapshot() {
        return marks.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        marks.restore(snapshot);
    }
}
