package app.bettertalk.web.chat;

import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.limits.Throttle;
import app.bettertalk.core.moderation.FindConcernInChat;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.OpenSockets;
import app.bettertalk.web.WebSettings;
import io.javalin.config.JavalinConfig;

/** The chat: its page, sending without JavaScript, {@code /api/v1/chats/{id}} and the WebSocket. */
public final class ChatRoutes implements FeatureRoutes {
    private final ChatHandlers page;
    private final ChatApiHandlers api;
    private final ChatSocket socket;

    public ChatRoutes(ReadChat readChat, SendMessage sendMessage, FindConcernInChat findConcern,
                      ResumeSession resumeSession, InProcessLiveDelivery live, WebSettings settings, Throttle throttle,
                      OpenSockets sockets) {
        this.page = new ChatHandlers(readChat, sendMessage, findConcern, settings.helplines());
        this.api = new ChatApiHandlers(readChat, sendMessage);
        this.socket = new ChatSocket(resumeSession, readChat, sendMessage, live, settings, throttle, sockets);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/chat/{chatId}", page::page);
        cfg.routes.post("/chat/{chatId}/messages", page::send);
        cfg.routes.get("/api/v1/chats/{id}", api::summary);
        cfg.routes.get("/api/v1/chats/{id}/messages", api::messages);
        cfg.routes.post("/api/v1/chats/{id}/messages", api::send);
        cfg.routes.wsBeforeUpgrade("/ws/chats/{id}", socket::beforeUpgrade);
        cfg.routes.ws("/ws/chats/{id}", socket::configure);
        cfg.events.serverStopped(socket::close);
    }
}
