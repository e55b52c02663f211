package app.bettertalk.core.chat;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ChatMessages} in memory, one message per sender and client message id. */
public final class InMemoryChatMessages implements ChatMessages, InMemoryState {
    private record SenderKey(UserId sender, String clientMessageId) {
    }

    private final InMemoryTable<SenderKey, Message> table = new InMemoryTable<>();
    private final InMemoryTable<MessageId, Instant> hidden = new InMemoryTable<>();

    @Override
    public boolean addOnce(Message message) {
        return table.putIfAbsent(new SenderKey(message.sender(), message.clientMessageId()), message);
    }

    @Override
    public Optional<Message> bySenderAndClientId(UserId sender, String clientMessageId) {
        return table.get(new SenderKey(sender, clientMessageId));
    }

    @Override
    public Optional<Message> byId(MessageId id) {
        return table.rows(message -> message.id().equals(id) && !hidden.contains(id)).stream().findFirst();
    }

    @Override
    public void hide(MessageId id, Instant at) {
        if (!table.rows(message -> message.id().equals(id)).isEmpty()) {
            hidden.putIfAbsent(id, at);
        }
    }

    @Override
    public Optional<Message> latest(ChatId chat) {
        var all = of(chat);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    @Override
    public List<Message> latest(ChatId chat, int limit) {
        var all = shown(of(chat));
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    @Override
    public List<Message> after(ChatId chat, MessageId after, int limit) {
        var all = of(chat);
        var index = -1;
        for (var i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(after)) {
                index = i;
            }
        }
        return shown(all.subList(index + 1, all.size())).stream().limit(limit).toList();
    }

    @Override
    public Optional<Instant> firstSentBy(ChatId chat, UserId sender, Instant from) {
        return of(chat).stream().filter(message -> message.sender().equals(sender) && !message.sentAt().isBefore(from))
                .map(Message::sentAt).min(Comparator.naturalOrder());
    }

    private List<Message> shown(List<Message> messages) {
        return messages.stream().filter(message -> !hidden.contains(message.id())).toList();
    }

    private List<Message> of(ChatId chat) {
        return table.rows(message -> message.chat().equals(chat));
    }

    @Override
    public Object snapshot() {
        return List.of(table.snapshot(), hidden.snapshot());
    }

    @Override
    public void restore(Object snapshot) {
        table.restore(((List<?>) snapshot).get(0));
        hidden.restore(((List<?>) snapshot).get(1));
    }

    @Override
    public synchronized int removeAllFrom(UserId sender) {
        var theirs = table.rows(message -> message.sender().equals(sender));
        theirs.forEach(message -> table.remove(new SenderKey(message.sender(), message.clientMessageId())));
        return theirs.size();
    }
}
