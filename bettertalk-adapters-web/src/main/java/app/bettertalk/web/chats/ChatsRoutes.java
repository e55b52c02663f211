package app.bettertalk.web.chats;

import app.bettertalk.core.chat.CountUnread;
import app.bettertalk.core.chat.ListChats;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.OpenSockets;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebSettings;
import app.bettertalk.web.chat.InProcessLiveDelivery;
import io.javalin.config.JavalinConfig;

/** "Your chats": {@code /chats}, {@code GET /api/v1/chats}, the badge every page frame counts, and its socket. */
public final class ChatsRoutes implements FeatureRoutes {
    private final ChatListHandlers handlers;
    private final CountUnread countUnread;
    private final UnreadSocket socket;

    public ChatsRoutes(ListChats listChats, CountUnread countUnread, ResumeSession resumeSession,
                       InProcessLiveDelivery live, WebSettings settings, OpenSockets sockets) {
        this.handlers = new ChatListHandlers(listChats);
        this.countUnread = countUnread;
        this.socket = new UnreadSocket(countUnread, resumeSession, live, settings, sockets);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.before(ctx -> Requests.countUnreadWith(ctx,
                actor -> countUnread.count(new CountUnread.Query(actor)).total()));
        cfg.routes.get("/chats", handlers::page);
        cfg.routes.get("/api/v1/chats", handlers::list);
        cfg.routes.wsBeforeUpgrade("/ws/unread", socket::beforeUpgrade);
        cfg.routes.ws("/ws/unread", socket::configure);
        cfg.events.serverStopped(socket::close);
    }
}
