package app.bettertalk.web.chat;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.LiveDelivery;
import app.bettertalk.core.chat.Message;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Live delivery inside one server process: stored messages go to every open socket of their chat in this process.
 * Several processes would put a broker (Redis, NATS) behind the same {@link LiveDelivery} port.
 */
public final class InProcessLiveDelivery implements LiveDelivery {
    private final Map<ChatId, Set<Consumer<Message>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void deliver(Message message) {
        listeners.getOrDefault(message.chat(), Set.of()).forEach(listener -> listener.accept(message));
    }

    /** Calls {@code listener} with each message delivered to {@code chat} until the returned handle is closed. */
    public AutoCloseable listen(ChatId chat, Consumer<Message> listener) {
        listeners.computeIfAbsent(chat, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(chat, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
